package dev.reportqa.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue words of questions by category and language, from {@code query/cues.tsv}: which words mark a
 * target or an achievement, an amount, a growth rate, a list, and which carry no subject.
 */
public final class CueLexicon {

  public static final String RESOURCE = "query/cues.tsv";

  /** The categories a cue file may use. */
  public enum Category {
    TARGET,
    ACHIEVED,
    AMOUNT,
    GROWTH,
    LIST,
    RANK,
    PERSON,
    TIME,
    STOP
  }

  private static final Set<String> LANGUAGES = Set.of("zh", "en");

  private final Map<Language, Map<Category, List<String>>> cues = new EnumMap<>(Language.class);

  private CueLexicon(String source, List<LexiconFiles.Line> lines) {
    for (Language l : Language.values()) {
      Map<Category, List<String>> byCategory = new EnumMap<>(Category.class);
      for (Category c : Category.values()) {
        byCategory.put(c, new ArrayList<>());
      }
      cues.put(l, byCategory);
    }
    Map<String, Category> names = new HashMap<>();
    for (Category c : Category.values()) {
      names.put(c.name().toLowerCase(), c);
    }
    for (LexiconFiles.Line line : lines) {
      String[] fields = line.text().split("\t", -1);
      if (fields.length != 2) {
        throw LexiconException.at(
            source,
            line.number(),
            "expected <lang.category><TAB><words>, found " + fields.length + " fields");
      }
      String[] key = fields[0].strip().split("\\.", -1);
      if (key.length != 2 || !LANGUAGES.contains(key[0]) || !names.containsKey(key[1])) {
        throw LexiconException.at(
            source, line.number(), "unknown category '" + fields[0].strip() + "'");
      }
      Language language = key[0].equals("zh") ? Language.ZH : Language.EN;
      cues.get(language)
          .get(names.get(key[1]))
          .addAll(LexiconFiles.alternatives(source, line.number(), fields[1].strip()));
    }
    // Longest first, so that a scan takes 是多少 before 多少.
    cues.values().forEach(m -> m.values().forEach(l -> l.sort((a, b) -> b.length() - a.length())));
  }

  public static CueLexicon load() {
    return new CueLexicon(RESOURCE, LexiconFiles.readResource(RESOURCE));
  }

  public static CueLexicon load(String source, java.io.InputStream in) {
    return new CueLexicon(source, LexiconFiles.read(source, in));
  }

  /** The cue words of a category, longest first. */
  public List<String> words(Language language, Category category) {
    return List.copyOf(cues.get(language).get(category));
  }

  /** The Chinese cues of the category that occur in the text, longest first. */
  public List<String> findZh(String text, Category category) {
    List<String> found = new ArrayList<>();
    for (String w : cues.get(Language.ZH).get(category)) {
      if (text.contains(w)) {
        found.add(w);
      }
    }
    return found;
  }

  /** The English cues of the category that occur as whole words in the token list. */
  public List<String> findEn(List<String> tokens, Category category) {
    List<String> found = new ArrayList<>();
    String joined = " " + String.join(" ", tokens) + " ";
    for (String w : cues.get(Language.EN).get(category)) {
      boolean hit = joined.contains(" " + w + " ");
      if (!hit && !w.contains(" ")) {
        for (String t : tokens) {
          if (EnglishWords.baseForms(t).contains(w)) {
            hit = true;
            break;
          }
        }
      }
      if (hit) {
        found.add(w);
      }
    }
    return found;
  }
}
