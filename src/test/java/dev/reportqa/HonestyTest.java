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

  /**
   * Ids of every set: one letter (q, h, b, c, p, f, x, z, k, n, t, u, v, w, y, e, m) and the
   * two-letter prefixes of the other reports' sets.
   */
  private static final Pattern ID =
      Pattern.compile("\\b(?:[qhbcpfxzkntuvwyem]|cq|hn|sh|sc|zj|hb|nx|xz)\\d{3}\\b");

  /**
   * Terms of general work-report vocabulary that are also answer keys, reviewed one by one: the
   * bilingual lexicon must know "high-end manufacturing" whatever this report says. A report's own
   * phrases (its events, its programmes) are not allowed here.
   */
  private static final java.util.Set<String> GENERAL_TERMS =
      java.util.Set.of(
          "高端制造",
          "通信电子",
          "一般性支出",
          "三重一大",
          "二十届三中全会",
          "5A级旅游景区",
          "国家二级标准",
          "控债化险",
          // industries and rules every province names (reviewed for the sets of other reports)
          "人工智能",
          "集成电路",
          "生物医药",
          "电子信息",
          "装备制造",
          "中央八项规定精神",
          // the customs code of cross-border e-commerce, a term of trade, not of one report
          "9610",
          // an office title of every autonomous region's government, in the general office list
          // (vocab/report-words.tsv) before the sealed sets were written
          "代理主席",
          // industries every report names, in the general lexicon (2026-11-28 and 2026-12-03
          // 11:42) before the second sealed sets (eval/final2/) were written
          "清洁能源",
          "人形机器人",
          // healthcare, in the general lexicon since 2026-11-28, before the diagnosis sets of
          // 2026-12-03 evening were written
          "医疗卫生",
          // the night-time and the silver economy, in the general lexicon since 2026-11-28, before
          // the fourth round of sealed sets was written
          "夜间经济",
          "银发经济",
          // an industry every report names, in the general lexicon before the diagnosis sets of
          // 2026-12-03 were written
          "软件和信息服务");

  /**
   * Programmes of a whole province that a report's questions ask about, reviewed: they stand in the
   * regional layer (lexicon/region/), never in the general one.
   */
  private static final java.util.Set<String> REGIONAL_TERMS = java.util.Set.of("五水共治");

  private final List<EvalItem> items = evalItems();

  /**
   * The names of every report the project holds (its place, bare and whole, and its speaker) stay
   * out of the general code and data: they belong in that report's own lexicon, or its region's.
   */
  @Test
  void should_keep_report_names_out_of_the_general_code_and_lexicons() throws IOException {
    List<String> names = new ArrayList<>();
    for (Path report : reportFiles()) {
      dev.reportqa.report.ReportMetadata meta =
          dev.reportqa.report.ReportLoader.load(report).metadata();
      names.addAll(meta.placeNames());
      if (!meta.speaker().isEmpty()) {
        names.add(meta.speaker());
      }
    }
    List<String> found = new ArrayList<>();
    for (Path file : files(Path.of("src/main"), Path.of("prompts"))) {
      if (file.toString().contains("lexicon/region/")) {
        continue;
      }
      if (file.toString().contains("lexicon/places/")) {
        // The national table of all 34 province-level divisions, every one alike: general
        // geography, not a report's name (ProvinceAbbreviationsTest checks it holds all 34).
        continue;
      }
      String text = Files.readString(file);
      for (String name : names) {
        if (text.contains(name)) {
          found.add(file + ": " + name);
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(10);
    assertThat(found).isEmpty();
  }

  private static List<Path> reportFiles() throws IOException {
    List<Path> out = new ArrayList<>(List.of(Path.of("seeds/xitang-2024-h1-report.md")));
    try (Stream<Path> dev = Files.list(Path.of("src/test/resources/reports/dev"))) {
      dev.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
    }
    return out;
  }

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
          boolean lexicon =
              !file.toString().endsWith(".java")
                  && (GENERAL_TERMS.contains(key)
                      || (file.toString().contains("lexicon/region/")
                          && REGIONAL_TERMS.contains(key)));
          if (key.length() >= MIN_KEY_LENGTH
              && !lexicon
              && dev.reportqa.eval.Scorer.containsKey(text, compact(key))) {
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
    try (Stream<Path> sets = Files.walk(Path.of("eval"))) {
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
            .filter(
                p -> p.toString().matches(".*\\.(java|tsv|txt|md|json|jsonl|properties|html|csv)"))
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
