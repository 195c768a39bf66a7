package dev.reportqa.query;

import dev.reportqa.nlp.ChineseNlp;
import dev.reportqa.nlp.EntityType;
import dev.reportqa.nlp.Token;
import dev.reportqa.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English names of the places reports name, as a lexicon layer. English writes a Chinese place
 * in Hanyu Pinyin, so no list is needed: HanLP finds the places (and reads their pinyin), and each
 * is entered under its bare name ("changchun" → 长春市, 长春) and with its level ("changchun city").
 * Written by hand because no library maps a report's places to English; HanLP does the reading.
 */
final class PlaceNames {

  /** A place's level word, and its English. */
  private static final Map<String, String> LEVELS = new LinkedHashMap<>();

  static {
    LEVELS.put("自治区", "autonomous region");
    LEVELS.put("自治州", "autonomous prefecture");
    LEVELS.put("省", "province");
    LEVELS.put("市", "city");
    LEVELS.put("区", "district");
    LEVELS.put("县", "county");
    LEVELS.put("镇", "town");
    LEVELS.put("乡", "township");
    LEVELS.put("州", "prefecture");
  }

  private static final Pattern LEVEL = Pattern.compile("^(.{2,}?)(自治区|自治州|省|市|区|县|镇|乡|州)$");

  /** Place words that name no particular place: the nation, the world, one's own level. */
  private static final Set<String> GENERAL = Set.of("中国", "全国", "国家", "中央", "世界", "国内", "国际");

  /** The source a place's translation names in {@code sources}. */
  static final String SOURCE = "the report's places (pinyin)";

  private PlaceNames() {}

  /** The layer for a set of reports: one English entry per place, the first reading kept. */
  static LexiconLayer layer(List<Report> reports, ChineseNlp nlp) {
    Set<String> places = new LinkedHashSet<>();
    for (Report r : reports) {
      String own = r.metadata().place();
      if (own != null && own.length() >= 2) {
        places.add(own);
      }
      for (String line : r.lines()) {
        for (Token t : nlp.segment(line)) {
          if (t.entityType().filter(e -> e == EntityType.PLACE).isPresent()
              && t.word().length() >= 2
              && !GENERAL.contains(t.word())
              && t.word().codePoints().allMatch(dev.reportqa.query.Language::isHanCodePoint)) {
            places.add(t.word());
          }
        }
      }
    }
    Set<String> taken = new LinkedHashSet<>();
    List<LexiconFiles.Line> lines = new ArrayList<>();
    for (String place : places) {
      Matcher m = LEVEL.matcher(place);
      String bare = m.matches() ? m.group(1) : place;
      String english = nlp.pinyin(bare);
      if (english.length() < 4 || !english.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        continue; // no reading, or too short to be told from an English word
      }
      List<String> names = new ArrayList<>();
      if (taken.add(english)) {
        names.add(english);
      }
      if (m.matches() && taken.add(english + " " + LEVELS.get(m.group(2)))) {
        names.add(english + " " + LEVELS.get(m.group(2)));
      }
      if (!names.isEmpty()) {
        String chinese = bare.equals(place) ? place : place + "|" + bare;
        lines.add(
            new LexiconFiles.Line(lines.size() + 1, String.join("|", names) + "\t" + chinese, ""));
      }
    }
    return new LexiconLayer(SOURCE, lines);
  }
}
