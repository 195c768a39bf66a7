package dev.reportqa.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file all at once or not at all: the text goes to a temporary file in the target's
 * directory, which is then moved over the target in one step. A failure on the way leaves the
 * target as it was and no temporary file behind. Used for every file the assistant writes on
 * request: exports, briefs, evaluation records and summaries.
 */
public final class AtomicFile {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes text as UTF-8. */
  public static void write(Path target, String text) {
    write(target, out -> out.write(text));
  }

  /**
   * Writes a file from a content writer.
   *
   * @throws WriteException with a one-line message naming the path when the file cannot be written
   */
  public static void write(Path target, Content content) {
    Path file = target.toAbsolutePath().normalize();
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new WriteException(
          "cannot write "
              + target
              + ": the directory "
              + dir
              + " does not exist — create it or choose another --out");
    }
    if (Files.isDirectory(file)) {
      throw new WriteException("cannot write " + target + ": it is a directory — give a file name");
    }
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
