package dev.reportqa.shell;

import dev.reportqa.io.WriteException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an {@code --out} file before a long run, so that a bad path fails in a second rather than
 * after the run. Issue 15 adds {@code AtomicFile.checkWritable(Path)}, which also refuses device
 * nodes, FIFOs and read-only files; once it is merged this class should call it.
 */
final class OutPaths {

  private OutPaths() {}

  /**
   * @throws WriteException naming the path and the way out when it cannot be written
   */
  static void check(Path target) {
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
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new WriteException(
          "cannot write " + target + ": it is not a regular file — give a file name");
    }
    if ((Files.exists(file) && !Files.isWritable(file)) || !Files.isWritable(dir)) {
      throw new WriteException("cannot write " + target + ": permission denied");
    }
  }
}
