package dev.reportqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestReports;
import dev.reportqa.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the evaluation sets themselves: format, answer keys against the report, counts. */
class EvalSetTest {

  private final Report report = TestReports.xitang();

  /** Every set in eval/: the gated one, the holdout and the two blind sets. */
  static List<String> sets() {
    return List.of(
        "eval/questions.jsonl", "eval/holdout.jsonl", "eval/blind.jsonl", "eval/blind2.jsonl");
  }

  @ParameterizedTest
  @MethodSource("sets")
  void should_find_every_answer_key_in_the_text_of_its_cited_lines(String file) {
    // given a set that loads (valid JSON, known types, after names an earlier id, unique ids)
    List<EvalItem> items = EvalSetLoader.load(Path.of(file));

    // then
    for (EvalItem item : items) {
      for (int line : item.lines()) {
        assertThat(line).as("%s cites line %d", item.id(), line).isBetween(1, report.lineCount());
      }
      String cited =
          item.lines().stream()
              .map(report::line)
              .collect(Collectors.joining("\n"))
              .replaceAll("\\s+", "");
      for (String key : item.answers()) {
        assertThat(Scorer.containsKey(cited, key))
            .as("%s: key '%s' in lines %s", item.id(), key, item.lines())
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("sets")
  void should_ask_each_followup_after_an_item_of_its_own_language(String file) {
    List<EvalItem> items = EvalSetLoader.load(Path.of(file));

    for (EvalItem item : items) {
      if (item.after() != null) {
        EvalItem before =
            items.stream().filter(i -> i.id().equals(item.after())).findFirst().orElseThrow();
        assertThat(items.indexOf(before)).isLessThan(items.indexOf(item));
        assertThat(before.lang()).as(item.id()).isEqualTo(item.lang());
      }
    }
  }

  @org.junit.jupiter.api.Test
  void should_hold_the_required_mix_of_questions() {
    List<EvalItem> items = EvalSetLoader.load(Path.of("eval/questions.jsonl"));

    assertThat(items).hasSizeGreaterThanOrEqualTo(150);
    assertThat(items.stream().filter(i -> i.lang().equals("zh")).count()).isBetween(95L, 115L);
    assertThat(items.stream().filter(i -> i.lang().equals("en")).count()).isBetween(45L, 60L);
    assertThat(items.stream().filter(EvalItem::unanswerable).count()).isGreaterThanOrEqualTo(15);
    assertThat(items.stream().filter(i -> i.type().equals("followup")).count())
        .isGreaterThanOrEqualTo(10);
    Set<String> types = items.stream().map(EvalItem::type).collect(Collectors.toSet());
    assertThat(types).isEqualTo(EvalItem.TYPES);
    // every part of the report is asked about: review, problems, work plan, self-building
    Set<Integer> lines =
        items.stream().flatMap(i -> i.lines().stream()).collect(Collectors.toSet());
    assertThat(lines).anyMatch(l -> l >= 15 && l <= 71);
    assertThat(lines).anyMatch(l -> l == 73 || l == 75);
    assertThat(lines).anyMatch(l -> l >= 77 && l <= 125);
    assertThat(lines).anyMatch(l -> l >= 127 && l <= 141);
  }
}
