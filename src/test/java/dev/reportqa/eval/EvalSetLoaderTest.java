package dev.reportqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalSetLoaderTest {

  private static final String GOOD =
      "{\"id\": \"a1\", \"lang\": \"zh\", \"question\": \"问\", \"answers\": [\"1个\"], \"lines\": [3],"
          + " \"type\": \"number\", \"after\": null, \"note\": \"\"}";

  @TempDir Path dir;

  @Test
  void should_load_a_good_item() {
    List<EvalItem> items = EvalSetLoader.parse("set.jsonl", GOOD + "\n");

    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo("a1");
              assertThat(i.answers()).containsExactly("1个");
              assertThat(i.lines()).containsExactly(3);
              assertThat(i.after()).isNull();
            });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{not json | set.jsonl:2: not valid JSON",
        "{\"id\": \"a2\", \"lang\": \"zh\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"fact\"} | set.jsonl:2: missing field 'question'",
        "{\"id\": \"a2\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"numbr\"} | set.jsonl:2: unknown type 'numbr'",
        "{\"id\": \"a2\", \"lang\": \"fr\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"fact\"} | set.jsonl:2: unknown lang 'fr' (zh or en)",
        "{\"id\": \"a1\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"fact\"} | set.jsonl:2: duplicate id 'a1' (first at line 1)",
        "{\"id\": \"a2\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"followup\", \"after\": \"a9\"} | set.jsonl:2: 'after' names 'a9', which is not an earlier item",
        "{\"id\": \"a2\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"followup\"} | set.jsonl:2: a followup needs 'after'",
        "{\"id\": \"a2\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"unanswerable\"} | set.jsonl:2: an unanswerable item has empty 'answers' and 'lines'",
        "{\"id\": \"a2\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [0], \"type\": \"fact\"} | set.jsonl:2: 'lines' must hold line numbers",
        "[1, 2] | set.jsonl:2: expected a JSON object"
      })
  void should_name_the_file_and_line_of_a_bad_item(String line, String message) {
    assertThatThrownBy(() -> EvalSetLoader.parse("set.jsonl", GOOD + "\n" + line + "\n"))
        .isInstanceOf(EvalSetException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void should_reject_an_after_that_points_forward() {
    String later =
        "{\"id\": \"a0\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1],"
            + " \"type\": \"followup\", \"after\": \"a1\"}";

    assertThatThrownBy(() -> EvalSetLoader.parse("set.jsonl", later + "\n" + GOOD))
        .hasMessage("set.jsonl:1: 'after' names 'a1', which is not an earlier item");
  }

  @Test
  void should_reject_an_empty_or_missing_file() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");

    assertThatThrownBy(() -> EvalSetLoader.load(empty))
        .hasMessage(empty + ": the eval set is empty");
    assertThatThrownBy(() -> EvalSetLoader.load(dir.resolve("none.jsonl")))
        .hasMessage("eval file not found: " + dir.resolve("none.jsonl"));
  }
}
