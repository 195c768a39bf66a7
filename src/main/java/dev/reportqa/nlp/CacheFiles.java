package dev.reportqa.nlp;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files of the language caches written whole: to a temporary file beside the target (readable by
 * its owner only), forced to disk, then moved over the target in one step, so that a reader sees
 * the old file or the new one and an interrupted run leaves no half file under the real name.
 */
final class CacheFiles {

  private CacheFiles() {}

  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    try (OutputStream out = atomicOutput(target)) {
      out.write(bytes);
    }
  }

  /**
   * A stream whose bytes replace the target when it is closed. Bytes written to a stream that is
   * never closed, or that failed, never reach the target.
   */
  static OutputStream atomicOutput(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    FileChannel channel;
    try {
      channel = FileChannel.open(temp, StandardOpenOption.WRITE);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return new FilterOutputStream(Channels.newOutputStream(channel)) {
      private boolean failed;
      private boolean closed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try {
          if (!failed) {
            channel.force(true);
          }
        } finally {
          channel.close();
        }
        if (failed) {
          Files.deleteIfExists(temp);
          return;
        }
        try {
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    };
  }

  static ByteBuffer map(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The next save replaces it, or reports why it cannot.
    }
  }

  /** An I/O problem in a few words, for a one-line warning. */
  static String reason(Exception e) {
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
