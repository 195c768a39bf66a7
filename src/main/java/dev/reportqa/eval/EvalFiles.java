package dev.reportqa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.reportqa.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes run records (JSON Lines, docs/design.md, The eval record contract) and summaries,
 * atomically.
 */
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
    AtomicFile.write(file, out.toString());
  }

  /** A summary of one or more pipelines' figures, pretty-printed. */
  public static void writeSummary(Path file, Map<String, Object> summary) {
    try {
      AtomicFile.write(
          file, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
