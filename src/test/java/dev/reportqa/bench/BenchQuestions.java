package dev.reportqa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fixed question list of the benchmarks, {@code bench/questions.tsv} on the classpath. */
final class BenchQuestions {

  /**
   * @param lang {@code zh} or {@code en}
   * @param kind number, growth, target, list, fact or refusal
   */
  record Question(String lang, String kind, String text) {}

  private static final String RESOURCE = "/bench/questions.tsv";

  private BenchQuestions() {}

  /** All questions, in file order. */
  static List<Question> all() {
    List<Question> out = new ArrayList<>();
    try (InputStream in = BenchQuestions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE + " on the test classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(RESOURCE + ": need lang, kind, question: " + line);
        }
        out.add(new Question(f[0], f[1], f[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The questions in one language. */
  static List<Question> in(String lang) {
    return all().stream().filter(q -> q.lang().equals(lang)).toList();
  }
}
