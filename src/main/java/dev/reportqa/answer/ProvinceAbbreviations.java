package dev.reportqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-character abbreviations of China's province-level divisions (京, 沪, 川, 渝), from {@code
 * lexicon/places/provinces.tsv}. A sentence names a division by its abbreviation only where it
 * joins two or more of them ("川渝合作", "京津冀协同"): alone, the character is an ordinary word (新, 青, 云).
 * Written by hand because HanLP tags such pairs as a word without saying which places they stand
 * for.
 */
final class ProvinceAbbreviations {

  static final String RESOURCE = "/lexicon/places/provinces.tsv";

  private static final ProvinceAbbreviations BUNDLED = load();

  /** Each abbreviation and the division it stands for. */
  private final Map<Character, String> divisions;

  private ProvinceAbbreviations(Map<Character, String> divisions) {
    this.divisions = Map.copyOf(divisions);
  }

  static ProvinceAbbreviations bundled() {
    return BUNDLED;
  }

  /**
   * Whether a text names a place by its abbreviation joined with another division's: either place
   * of "川渝合作项目", with or without its level word. A place that is not a province-level division
   * never is.
   */
  boolean namesJoined(String place, String text) {
    Set<Character> own = abbreviationsOf(place);
    if (own.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!own.contains(text.charAt(i))) {
        continue;
      }
      boolean before = i > 0 && isOtherDivision(text.charAt(i - 1), place);
      boolean after = i + 1 < text.length() && isOtherDivision(text.charAt(i + 1), place);
      if (before || after) {
        return true;
      }
    }
    return false;
  }

  private boolean isOtherDivision(char c, String place) {
    String division = divisions.get(c);
    return division != null && !place.startsWith(division);
  }

  private Set<Character> abbreviationsOf(String place) {
    Set<Character> out = new java.util.HashSet<>();
    divisions.forEach(
        (abbreviation, division) -> {
          if (place.startsWith(division)) {
            out.add(abbreviation);
          }
        });
    return out;
  }

  /** The number of divisions listed. */
  int size() {
    return (int) divisions.values().stream().distinct().count();
  }

  private static ProvinceAbbreviations load() {
    try (InputStream in = ProvinceAbbreviations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ProvinceAbbreviations parse(List<String> lines) {
    Map<Character, String> divisions = new HashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(RESOURCE + ": not <name><TAB><abbreviations>: " + line);
      }
      for (String a : cols[1].split("\\|")) {
        if (a.length() != 1) {
          throw new IllegalStateException(RESOURCE + ": not one character: '" + a + "'");
        }
        divisions.put(a.charAt(0), cols[0]);
      }
    }
    return new ProvinceAbbreviations(divisions);
  }
}
