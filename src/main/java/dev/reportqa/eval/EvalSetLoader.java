package dev.reportqa.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an evaluation set (JSON Lines) and checks every item before anything runs: a bad line stops
 * the load with the file and line named, so that no run is ever half a set.
 */
public final class EvalSetLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalSetLoader() {}

  /**
   * @throws EvalSetException when the file is missing, empty, not UTF-8, or has a bad item
   */
  public static List<EvalItem> load(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (NoSuchFileException e) {
      throw new EvalSetException("eval file not found: " + file);
    } catch (CharacterCodingException e) {
      throw new EvalSetException(file + ": not valid UTF-8 text");
    } catch (IOException e) {
      throw new EvalSetException("cannot read eval file " + file + ": " + e.getMessage());
    }
    return parse(file.toString(), text);
  }

  /** Parses and checks the text of a set; {@code source} names it in errors. */
  public static List<EvalItem> parse(String source, String text) {
    List<EvalItem> items = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      EvalItem item = item(where, line);
      Integer previous = lineOfId.putIfAbsent(item.id(), i + 1);
      if (previous != null) {
        throw new EvalSetException(
            where + "duplicate id '" + item.id() + "' (first at line " + previous + ")");
      }
      if (item.after() != null) {
        Integer at = lineOfId.get(item.after());
        if (at == null || item.after().equals(item.id())) {
          throw new EvalSetException(
              where + "'after' names '" + item.after() + "', which is not an earlier item");
        }
      }
      items.add(item);
    }
    if (items.isEmpty()) {
      throw new EvalSetException(source + ": the eval set is empty");
    }
    return List.copyOf(items);
  }

  private static EvalItem item(String where, String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new EvalSetException(where + "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (n == null || !n.isObject()) {
      throw new EvalSetException(where + "expected a JSON object");
    }
    String id = text(where, n, "id", true);
    String lang = text(where, n, "lang", true);
    String question = text(where, n, "question", true);
    String type = text(where, n, "type", true);
    String after = text(where, n, "after", false);
    String note = text(where, n, "note", false);
    if (!EvalItem.LANGUAGES.contains(lang)) {
      throw new EvalSetException(where + "unknown lang '" + lang + "' (zh or en)");
    }
    if (!EvalItem.TYPES.contains(type)) {
      throw new EvalSetException(
          where
              + "unknown type '"
              + type
              + "' (one of "
              + String.join(", ", EvalItem.TYPES.stream().sorted().toList())
              + ")");
    }
    List<String> answers = new ArrayList<>();
    for (JsonNode a : array(where, n, "answers")) {
      if (!a.isTextual() || a.asText().isBlank()) {
        throw new EvalSetException(where + "'answers' must hold non-empty strings");
      }
      answers.add(a.asText());
    }
    List<Integer> lines = new ArrayList<>();
    for (JsonNode l : array(where, n, "lines")) {
      if (!l.canConvertToInt() || !l.isIntegralNumber() || l.asInt() < 1) {
        throw new EvalSetException(where + "'lines' must hold line numbers (integers >= 1)");
      }
      lines.add(l.asInt());
    }
    if (type.equals("unanswerable") && (!answers.isEmpty() || !lines.isEmpty())) {
      throw new EvalSetException(where + "an unanswerable item has empty 'answers' and 'lines'");
    }
    if (!type.equals("unanswerable") && (answers.isEmpty() || lines.isEmpty())) {
      throw new EvalSetException(where + "'answers' and 'lines' must not be empty");
    }
    if (type.equals("followup") && after == null) {
      throw new EvalSetException(where + "a followup needs 'after': the id of the item before it");
    }
    return new EvalItem(id, lang, question, answers, lines, type, after, note);
  }

  private static String text(String where, JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new EvalSetException(where + "missing field '" + field + "'");
      }
      return null;
    }
    if (!v.isTextual() || (required && v.asText().isBlank())) {
      throw new EvalSetException(where + "'" + field + "' must be a non-empty string");
    }
    return v.asText();
  }

  private static Iterable<JsonNode> array(String where, JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray()) {
      throw new EvalSetException(where + "missing array field '" + field + "'");
    }
    return v;
  }
}
