package dev.reportqa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.eval.EvalItem;
import dev.reportqa.eval.EvalSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Answers must come from the pipeline, never from a table of known questions: no question text, id
 * or expected answer of the evaluation sets may stand in the code or its data files. Tests may hold
 * report facts (golden tests do) but not the evaluation's questions.
 */
class HonestyTest {

  /** Shorter keys ("2家", "95%") are too common in ordinary text to mean anything. */
  private static final int MIN_KEY_LENGTH = 4;

  /**
   * Shorter questions ("增长了多少？") are phrases any question may contain; a question this long
   * standing in a file was put there.
   */
  private static final int MIN_QUESTION_LENGTH = 8;

  private static final Pattern ID = Pattern.compile("\\b[qhbc]\\d{3}\\b");

  /**
   * Terms of general work-report vocabulary that are also answer keys, reviewed one by one: the
   * bilingual lexicon must know "high-end manufacturing" whatever this report says. A report's own
   * phrases (its events, its programmes) are not allowed here.
   */
  private static final java.util.Set<String> GENERAL_TERMS =
      java.util.Set.of("高端制造", "通信电子", "一般性支出", "三重一大", "二十届三中全会", "5A级旅游景区", "国家二级标准", "控债化险");

  private final List<EvalItem> items = evalItems();

  @Test
  void should_keep_eval_questions_ids_and_answers_out_of_code_and_data() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : files(Path.of("src/main"), Path.of("prompts"))) {
      String text = compact(Files.readString(file));
      String raw = Files.readString(file);
      for (EvalItem item : items) {
        if (leaks(text, item.question())) {
          found.add(file + ": question of " + item.id());
        }
        for (String key : item.answers()) {
          boolean lexicon = file.toString().endsWith(".tsv") && GENERAL_TERMS.contains(key);
          if (key.length() >= MIN_KEY_LENGTH && !lexicon && text.contains(compact(key))) {
            found.add(file + ": answer '" + key + "' of " + item.id());
          }
        }
      }
      if (ID.matcher(raw).find()) {
        found.add(file + ": an eval id");
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void should_keep_eval_questions_out_of_the_tests() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : files(Path.of("src/test"))) {
      String text = compact(Files.readString(file));
      for (EvalItem item : items) {
        if (leaks(text, item.question())) {
          found.add(file + ": question of " + item.id());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static List<EvalItem> evalItems() {
    List<EvalItem> all = new ArrayList<>();
    try (Stream<Path> sets = Files.list(Path.of("eval"))) {
      sets.filter(p -> p.toString().endsWith(".jsonl"))
          .sorted()
          .forEach(p -> all.addAll(EvalSetLoader.load(p)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return all;
  }

  private static List<Path> files(Path... roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            // Binary fixtures (Word and PDF copies of reports) hold no text to read as UTF-8.
            .filter(p -> !p.toString().matches(".*\\.(class|docx|pdf)"))
            .forEach(out::add);
      }
    }
    return out;
  }

  private static boolean leaks(String compactText, String question) {
    String q = compact(question);
    return q.length() >= MIN_QUESTION_LENGTH && compactText.contains(q);
  }

  private static String compact(String s) {
    return s.replaceAll("\\s+", "");
  }
}
