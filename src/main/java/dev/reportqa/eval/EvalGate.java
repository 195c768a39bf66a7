package dev.reportqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One evaluation set that CI holds to its figures, from {@code eval/gates.json}: the set, the
 * report it asks about (the bundled one when absent), the thresholds and why they stand where they
 * do.
 *
 * @param set the eval set's path, relative to the project
 * @param report the report's path, or empty for the bundled report
 * @param thresholds the figures the set must reach
 * @param why the written reason for the thresholds (what they were set from)
 */
public record EvalGate(Path set, Optional<Path> report, Thresholds thresholds, String why) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads every gate of a gates file.
   *
   * @throws EvalSetException naming the file and gate when the file is missing, not JSON, or a gate
   *     lacks its set, thresholds or reason
   */
  public static List<EvalGate> load(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new EvalSetException("gates file not found: " + file);
    } catch (IOException e) {
      throw new EvalSetException(file + ": not valid JSON (" + e.getMessage() + ")");
    }
    JsonNode gates = root == null ? null : root.get("gates");
    if (gates == null || !gates.isArray() || gates.isEmpty()) {
      throw new EvalSetException(file + ": needs a non-empty array 'gates'");
    }
    List<EvalGate> out = new ArrayList<>();
    for (int i = 0; i < gates.size(); i++) {
      JsonNode g = gates.get(i);
      String where = file + ", gate " + (i + 1);
      String set = text(g, "set", where);
      String why = text(g, "why", where);
      JsonNode report = g.get("report");
      out.add(
          new EvalGate(
              Path.of(set),
              report == null || report.isNull()
                  ? Optional.empty()
                  : Optional.of(Path.of(text(g, "report", where))),
              Thresholds.of(g.get("thresholds"), where),
              why));
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode g, String field, String where) {
    JsonNode f = g == null ? null : g.get(field);
    if (f == null || !f.isTextual() || f.asText().isBlank()) {
      throw new EvalSetException(where + ": '" + field + "' must be a non-empty string");
    }
    return f.asText();
  }

  @Override
  public String toString() {
    return set + report.map(r -> " on " + r.getFileName()).orElse("");
  }
}
