package dev.reportqa.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HanLP's thesaurus CoreSynonym ({@code data/dictionary/synonym/CoreSynonym.txt}, from the extended
 * 同义词词林), one category per line: {@code Cb25C01= 乡村 农村 乡间 …}. The eighth character of the code says
 * what the words of the line are to each other: {@code =} synonyms, {@code #} related words of one
 * kind (外贸 and 内贸, 公路 and 铁路), {@code @} a word alone. Only {@code =} lines are kept.
 *
 * <p>Read here rather than through HanLP's {@code CoreSynonymDictionary}, which keeps one line per
 * word (a word on two lines, such as 出口, loses one) and takes about a second to load; this reads
 * the same file in a few tens of milliseconds.
 */
final class CoreSynonyms {

  static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Category code length; the relation mark follows it. */
  private static final int CODE_LENGTH = 7;

  /** For each word, the synonym groups it belongs to, in file order. */
  private final Map<String, List<String[]>> groups;

  private CoreSynonyms(Map<String, List<String[]>> groups) {
    this.groups = groups;
  }

  /** Reads the thesaurus from HanLP's jar. */
  static CoreSynonyms load() throws IOException {
    try (InputStream in = CoreSynonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is not on the class path (the jar com.hankcs:hanlp)");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
  }

  static CoreSynonyms read(BufferedReader reader) throws IOException {
    Map<String, List<String[]>> groups = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.length() <= CODE_LENGTH || line.charAt(CODE_LENGTH) != '=') {
        continue;
      }
      String[] words = SPACES.split(line.substring(CODE_LENGTH + 1).strip());
      if (words.length < 2) {
        continue;
      }
      for (String w : words) {
        groups.computeIfAbsent(w, k -> new ArrayList<>(1)).add(words);
      }
    }
    return new CoreSynonyms(groups);
  }

  /** The word's synonyms, in the thesaurus's order, without the word itself; empty when none. */
  List<String> synonyms(String word) {
    List<String[]> of = groups.get(word);
    if (of == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String[] group : of) {
      for (String w : group) {
        if (!w.equals(word)) {
          out.add(w);
        }
      }
    }
    return List.copyOf(out);
  }
}
