package dev.reportqa.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file all at once or not at all: the text goes to a temporary file in the target's
 * directory, which is then moved over the target in one step. A failure on the way leaves the
 * target as it was and no temporary file behind. Used for every file the assistant writes on
 * request: exports, briefs, evaluation records and summaries.
 *
 * <p>What may be written ({@link #checkWritable}): a new file in an existing directory, or an
 * existing regular file with write permission. A device, a FIFO, a socket or a directory is
 * refused, and so is a read-only file — also for root, who could write it anyway: the permission
 * bits say the owner wants it kept. A symbolic link is followed: the file it points to is replaced,
 * atomically, in its own directory, and the link stays a link.
 */
public final class AtomicFile {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static final Set<PosixFilePermission> ANY_WRITE =
      Set.of(
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_WRITE);

  private AtomicFile() {}

  /** Writes text as UTF-8. */
  public static void write(Path target, String text) {
    write(target, out -> out.write(text));
  }

  /**
   * Checks that a file could be written by {@link #write}, without writing anything: for a command
   * to refuse a bad {@code --out} before a long run instead of after it.
   *
   * @return the file that would be written: the target, or the file its symbolic links lead to
   * @throws WriteException with a one-line message naming the path and the way out
   */
  public static Path checkWritable(Path target) {
    Path file = resolve(target);
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new WriteException(
          "cannot write "
              + target
              + ": the directory "
              + dir
              + " does not exist — create it or choose another --out");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (!Files.isWritable(dir)) {
        throw new WriteException(
            "cannot write " + target + ": the directory " + dir + " is not writable");
      }
      return file;
    } catch (IOException e) {
      throw new WriteException("cannot write " + target + ": " + reason(e), e);
    }
    if (attributes.isDirectory()) {
      throw new WriteException("cannot write " + target + ": it is a directory — give a file name");
    }
    if (!attributes.isRegularFile()) {
      throw new WriteException(
          "cannot write "
              + target
              + ": it is "
              + kind(file)
              + ", not a regular file — give a file name");
    }
    if (readOnly(file)) {
      throw new WriteException(
          "cannot write "
              + target
              + ": the file is read-only — make it writable (chmod u+w) or choose another --out");
    }
    if (!Files.isWritable(dir)) {
      throw new WriteException(
          "cannot write " + target + ": the directory " + dir + " is not writable");
    }
    return file;
  }

  /**
   * Writes a file from a content writer, after {@link #checkWritable}.
   *
   * @throws WriteException with a one-line message naming the path when the file cannot be written
   */
  public static void write(Path target, Content content) {
    Path file = checkWritable(target);
    Path dir = file.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      keepPermissions(file, temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException | RuntimeException e) {
      throw new WriteException("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The write failed already; that is the error worth reporting.
        }
      }
    }
  }

  /**
   * The absolute file a target names, its symbolic links followed (also a link to a file not yet
   * made), so that the temporary file is made beside the real file and the move replaces it, not
   * the link.
   */
  private static Path resolve(Path target) {
    Path file = target.toAbsolutePath().normalize();
    for (int hops = 0; hops < 40 && Files.isSymbolicLink(file); hops++) {
      try {
        Path link = Files.readSymbolicLink(file);
        file = file.resolveSibling(link).toAbsolutePath().normalize();
      } catch (IOException e) {
        throw new WriteException("cannot write " + target + ": " + reason(e), e);
      }
    }
    if (Files.isSymbolicLink(file)) {
      throw new WriteException("cannot write " + target + ": too many symbolic links");
    }
    Path dir = file.getParent();
    if (dir != null && Files.isDirectory(dir)) {
      try {
        // The directory's own links resolved too, so that messages name the real place.
        file = dir.toRealPath().resolve(file.getFileName());
      } catch (IOException e) {
        // Keep the path as it is; writing it will say what is wrong.
      }
    }
    return file;
  }

  /** No write bit at all, or (for anyone but root) no write access. */
  private static boolean readOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    try {
      PosixFileAttributeView posix =
          Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      return posix != null
          && posix.readAttributes().permissions().stream().noneMatch(ANY_WRITE::contains);
    } catch (IOException e) {
      return false;
    }
  }

  private static String kind(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (a.isOther()) {
        Object type = Files.getAttribute(file, "unix:mode");
        int mode = type instanceof Integer m ? m : 0;
        return switch (mode & 0170000) {
          case 0020000 -> "a character device";
          case 0060000 -> "a block device";
          case 0010000 -> "a FIFO (named pipe)";
          case 0140000 -> "a socket";
          default -> "a special file";
        };
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // Fall through to the general word.
    }
    return "a special file";
  }

  /**
   * A temporary file is private to its owner; the written file gets the target's permissions when
   * it replaces one, else those of a file made as usual (rw-r--r--).
   */
  private static void keepPermissions(Path file, Path temp) throws IOException {
    if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
      return;
    }
    Files.setPosixFilePermissions(
        temp,
        Files.exists(file)
            ? Files.getPosixFilePermissions(file)
            : PosixFilePermissions.fromString("rw-r--r--"));
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
