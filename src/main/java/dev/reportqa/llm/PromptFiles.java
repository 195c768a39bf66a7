package dev.reportqa.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * The prompts of LLM mode, read from {@code prompts/} at run time so that their wording changes
 * without a rebuild: the system prompt, the answer prompt, the follow-up condensation prompt, the
 * query-translation prompt and the fallback notices. Each file's placeholders are checked when it
 * is loaded.
 */
public final class PromptFiles {

  static final String SYSTEM = "llm-system.txt";
  static final String ANSWER = "llm-answer.txt";
  static final String CONDENSE = "llm-condense.txt";
  static final String TRANSLATE = "llm-translate.txt";
  static final String BRIEF = "llm-brief.txt";

  private final PromptTemplate system;
  private final PromptTemplate answer;
  private final PromptTemplate condense;
  private final PromptTemplate translate;
  private final PromptTemplate brief;
  private final Notices notices;

  private PromptFiles(
      PromptTemplate system,
      PromptTemplate answer,
      PromptTemplate condense,
      PromptTemplate translate,
      PromptTemplate brief,
      Notices notices) {
    this.system = system;
    this.answer = answer;
    this.condense = condense;
    this.translate = translate;
    this.brief = brief;
    this.notices = notices;
  }

  /**
   * Loads the prompts from a folder, or from the copy bundled in the jar when {@code folder} is
   * null.
   *
   * @throws IllegalStateException naming the file when one is missing, unreadable, or has a
   *     placeholder wrong
   */
  public static PromptFiles load(Path folder) {
    return new PromptFiles(
        PromptTemplate.of(name(folder, SYSTEM), read(folder, SYSTEM), Set.of()),
        PromptTemplate.of(
            name(folder, ANSWER),
            read(folder, ANSWER),
            Set.of("question", "passages", "language", "refusal")),
        PromptTemplate.of(
            name(folder, CONDENSE),
            read(folder, CONDENSE),
            Set.of("previousQuestion", "previousAnswer", "question")),
        PromptTemplate.of(name(folder, TRANSLATE), read(folder, TRANSLATE), Set.of("question")),
        PromptTemplate.of(
            name(folder, BRIEF), read(folder, BRIEF), Set.of("topic", "passages", "language")),
        notices(folder));
  }

  PromptTemplate system() {
    return system;
  }

  PromptTemplate answer() {
    return answer;
  }

  PromptTemplate condense() {
    return condense;
  }

  PromptTemplate translate() {
    return translate;
  }

  PromptTemplate brief() {
    return brief;
  }

  Notices notices() {
    return notices;
  }

  private static Notices notices(Path folder) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(read(folder, Notices.FILE)));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read notices: " + name(folder, Notices.FILE), e);
    }
    return Notices.of(name(folder, Notices.FILE), p);
  }

  private static String name(Path folder, String file) {
    return folder == null ? "prompts/" + file + " (bundled)" : folder.resolve(file).toString();
  }

  private static String read(Path folder, String file) {
    if (folder != null) {
      Path path = folder.resolve(file);
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new IllegalStateException(
            "prompt file not found: " + path + " — restore it from the checkout's prompts/");
      } catch (IOException e) {
        throw new IllegalStateException("cannot read prompt file " + path + ": " + e.getMessage());
      }
    }
    String resource = "prompts/" + file;
    InputStream in = PromptFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("prompt file missing from the classpath: " + resource);
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read prompt file " + resource + ": " + e.getMessage());
    }
  }
}
