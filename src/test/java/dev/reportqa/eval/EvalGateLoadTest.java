package dev.reportqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalGateLoadTest {

  @TempDir Path dir;

  private static final String THRESHOLDS =
      "{\"accuracy\": 0.8, \"accuracyZh\": 0.8, \"accuracyEn\": 0.7, \"citation\": 0.8,"
          + " \"refusalRecall\": 0.9, \"maxFalseRefusal\": 0.1}";

  @Test
  void should_read_a_gate_on_the_bundled_report_and_one_on_another_report() throws Exception {
    // given
    Path file = dir.resolve("gates.json");
    Files.writeString(
        file,
        "{\"gates\": [{\"set\": \"eval/a.jsonl\", \"thresholds\": "
            + THRESHOLDS
            + ", \"why\": \"first run\"}, {\"set\": \"eval/b.jsonl\", \"report\": \"r.txt\","
            + " \"thresholds\": "
            + THRESHOLDS
            + ", \"why\": \"first run\"}]}");

    // when
    List<EvalGate> gates = EvalGate.load(file);

    // then
    assertThat(gates).hasSize(2);
    assertThat(gates.get(0).report()).isEmpty();
    assertThat(gates.get(1).report()).contains(Path.of("r.txt"));
    assertThat(gates.get(1).thresholds()).isEqualTo(new Thresholds(0.8, 0.8, 0.7, 0.8, 0.9, 0.1));
    assertThat(gates.get(1)).hasToString("eval/b.jsonl on r.txt");
  }

  @Test
  void should_name_the_file_and_gate_when_a_gate_has_no_reason() throws Exception {
    // given
    Path file = dir.resolve("gates.json");
    Files.writeString(
        file, "{\"gates\": [{\"set\": \"eval/a.jsonl\", \"thresholds\": " + THRESHOLDS + "}]}");

    // when / then
    assertThatThrownBy(() -> EvalGate.load(file))
        .isInstanceOf(EvalSetException.class)
        .hasMessage(file + ", gate 1: 'why' must be a non-empty string");
  }

  @Test
  void should_name_the_file_and_gate_when_a_threshold_is_not_a_share() throws Exception {
    // given
    Path file = dir.resolve("gates.json");
    Files.writeString(
        file,
        "{\"gates\": [{\"set\": \"eval/a.jsonl\", \"why\": \"x\", \"thresholds\": "
            + THRESHOLDS.replace("0.9", "9")
            + "}]}");

    // when / then
    assertThatThrownBy(() -> EvalGate.load(file))
        .isInstanceOf(EvalSetException.class)
        .hasMessage(file + ", gate 1: 'refusalRecall' must be a number in [0, 1]");
  }

  @Test
  void should_say_so_when_the_file_is_missing_or_not_json() throws Exception {
    // given
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{gates: [");

    // when / then
    assertThatThrownBy(() -> EvalGate.load(dir.resolve("none.json")))
        .hasMessage("gates file not found: " + dir.resolve("none.json"));
    assertThatThrownBy(() -> EvalGate.load(bad)).hasMessageStartingWith(bad + ": not valid JSON");
  }
}
