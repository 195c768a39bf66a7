package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command end to end: another set, records in the contract, bad input. */
class EvalCommandTest {

  private final ShellHarness shell = ShellHarness.get();

  @TempDir Path dir;

  @Test
  void should_run_another_set_and_write_contract_records() throws Exception {
    // given a small set in the same format, with a followup and an unanswerable item
    Path set =
        Files.writeString(
            dir.resolve("small.jsonl"),
            String.join(
                "\n",
                "{\"id\": \"s1\", \"lang\": \"zh\", \"question\": \"上半年外贸出口额多少？\", \"answers\": [\"26.6亿元\"], \"lines\": [21], \"type\": \"number\", \"after\": null, \"note\": \"\"}",
                "{\"id\": \"s2\", \"lang\": \"zh\", \"question\": \"增长了多少？\", \"answers\": [\"204.5%\"], \"lines\": [21], \"type\": \"followup\", \"after\": \"s1\", \"note\": \"\"}",
                "{\"id\": \"s3\", \"lang\": \"en\", \"question\": \"What is the price of a ticket to the old town?\", \"answers\": [], \"lines\": [], \"type\": \"unanswerable\", \"after\": null, \"note\": \"\"}"));
    Path out = dir.resolve("run.jsonl");

    // when
    ShellHarness.Run run = shell.oneShot("eval", "--file", set.toString(), "--out", out.toString());

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("3 items (2 zh, 1 en)").contains("group").contains("hit@1");
    assertThat(run.out()).doesNotContain("Gate");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "question",
            "answer",
            "refused",
            "citedLines",
            "retrieved",
            "latencyMs",
            "citedPlaces");
    assertThat(first.get("citedLines").toString()).isEqualTo("[21]");
    assertThat(first.get("citedPlaces").toString()).isEqualTo("[\"L21\"]");
    assertThat(first.get("retrieved")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(first.get("retrieved").get(0).fieldNames())
        .toIterable()
        .containsExactly("lines", "score");
  }

  @Test
  void should_exit_2_naming_file_and_line_when_the_set_is_malformed() throws Exception {
    Path set =
        Files.writeString(
            dir.resolve("bad.jsonl"),
            "{\"id\": \"s1\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"number\"}\n"
                + "{\"id\": \"s2\", \"lang\": \"zh\", \"question\": \"q\", \"answers\": [\"x\"], \"lines\": [1], \"type\": \"guess\"}\n");

    ShellHarness.Run run = shell.oneShot("eval", "--file", set.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: " + set + ":2: unknown type 'guess'");
    assertThat(run.out()).doesNotContain("group");
  }

  @Test
  void should_exit_2_when_the_set_is_missing_or_empty() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

    ShellHarness.Run missing =
        shell.oneShot("eval", "--file", dir.resolve("none.jsonl").toString());
    ShellHarness.Run blank = shell.oneShot("eval", "--file", empty.toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("eval file not found: " + dir.resolve("none.jsonl"));
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).contains(empty + ": the eval set is empty");
  }
}
