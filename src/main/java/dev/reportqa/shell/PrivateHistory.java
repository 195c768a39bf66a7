package dev.reportqa.shell;

import dev.reportqa.llm.Secrets;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REPL's history file, kept private: readable by its owner only (0600, in a 0700 folder),
 * holding only lines a person would recall (not a pasted page) with any secret in them masked
 * ({@link Secrets#redact}), and left alone by a run that typed nothing (one-shot commands,
 * scripts), so those never create or touch it. A damaged file is a warning, not a failed start.
 */
final class PrivateHistory extends DefaultHistory {

  private static final Logger log = LoggerFactory.getLogger(PrivateHistory.class);

  /**
   * Longest line kept: a question is rarely over 100 characters; a longer line is a paste, which
   * would crowd out the rest and may hold text the user did not mean to keep.
   */
  static final int MAX_LINE = 300;

  private LineReader reader;
  private int added;

  @Override
  public void attach(LineReader reader) {
    this.reader = reader;
    try {
      super.attach(reader);
    } catch (RuntimeException e) {
      // JLine rejects a file it cannot parse with an IllegalArgumentException.
      log.warn("history file {} ignored: {}", path(), e.getMessage());
    }
  }

  @Override
  public void add(Instant time, String line) {
    if (line.length() > MAX_LINE || line.isBlank()) {
      return;
    }
    // A key pasted into a question must not be kept on disk.
    super.add(time, Secrets.redact(line));
    added++;
  }

  @Override
  public void save() throws IOException {
    Path path = path();
    if (added == 0 || path == null) {
      return;
    }
    Path dir = path.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      restrict(dir, "rwx------");
    }
    try {
      Files.createFile(path);
    } catch (FileAlreadyExistsException e) {
      // kept, and restricted below
    }
    restrict(path, "rw-------");
    super.save();
    // A trim rewrites the file through a temporary one, made with the default permissions.
    restrict(path, "rw-------");
    added = 0;
  }

  private Path path() {
    Object value = reader == null ? null : reader.getVariable(LineReader.HISTORY_FILE);
    return value == null ? null : Path.of(value.toString());
  }

  private static void restrict(Path path, String permissions) throws IOException {
    if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
  }
}
