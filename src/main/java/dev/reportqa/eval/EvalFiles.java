package dev.reportqa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Writes run records (JSON Lines, the DESIGN.md contract) and summaries, atomically. */
public final class EvalFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalFiles() {}

  /** One JSON object per record, in run order. */
  public static void writeRecords(Path file, List<EvalRunner.Result> results) {
    StringBuilder out = new StringBuilder();
    try {
      for (EvalRunner.Result r : results) {
        out.append(JSON.writeValueAsString(r.record())).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    writeAtomically(file, out.toString());
  }

  /** A summary of one or more pipelines' figures, pretty-printed. */
  public static void writeSummary(Path file, Map<String, Object> summary) {
    try {
      writeAtomically(
          file, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes through a temporary file in the same folder and moves it into place, so that a failure
   * leaves the old file or none, never half a file.
   *
   * @throws IllegalArgumentException naming the path when its folder is missing or not writable
   */
  static void writeAtomically(Path file, String content) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "cannot write " + file + ": folder " + dir + " does not exist");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more to do: the move failed and so may the clean-up
        }
      }
    }
  }
}
