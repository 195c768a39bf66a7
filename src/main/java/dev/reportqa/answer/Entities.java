package dev.reportqa.answer;

import dev.reportqa.chunk.Unit;
import dev.reportqa.nlp.ChineseNlp;
import dev.reportqa.nlp.Entity;
import dev.reportqa.nlp.EntityType;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An answerability check by named entities, with HanLP's recognisers: a question about another
 * place than the report's (某市的GDP of a province's report that gives no figure for the city) is
 * answered only by a sentence that names that place; a question asking who ("…局长是谁？") only by a
 * sentence that names a person. Without them a figure of the report's own place, or a line that
 * happens to hold a title (总书记), would be quoted for what the report does not say.
 */
final class Entities {

  /** Place words that name no particular place besides the report's own level of government. */
  private static final Set<String> GENERAL_PLACES =
      Set.of("中国", "全国", "国家", "中央", "全省", "全市", "全区", "全县", "全镇", "世界", "国内", "国际");

  private static final Pattern PLACE_END = Pattern.compile("(省|市|区|县|镇|乡|自治区|自治州|州|盟|旗)$");

  private final ChineseNlp nlp;

  Entities(ChineseNlp nlp) {
    this.nlp = nlp;
  }

  /**
   * The places a question names, other than the report's own places and general ones; for an
   * English question, those its translations name.
   */
  List<String> otherPlaces(AnalyzedQuery query, List<String> ownPlaces) {
    if (nlp == null) {
      return List.of();
    }
    Set<String> places = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    if (query.language() == Language.ZH) {
      texts.add(query.text());
    } else {
      query.translations().forEach(t -> texts.add(t.chinese().get(0)));
    }
    for (String text : texts) {
      for (Entity e : nlp.entities(text)) {
        if (e.type() == EntityType.PLACE && !isOwnOrGeneral(e.text(), ownPlaces)) {
          places.add(e.text());
        }
      }
    }
    return List.copyOf(places);
  }

  private static boolean isOwnOrGeneral(String place, List<String> own) {
    if (GENERAL_PLACES.contains(place)) {
      return true;
    }
    // A level of government alone names no place, nor with a particle glued before it: the
    // segmenter reads 某某的自治区主席 as 某某 / 的自治区 / 主席. (A city whose name ends in 州 keeps it: no
    // particle.)
    String unglued = place.replaceFirst("^[的在和与及对]+", "");
    String core = PLACE_END.matcher(unglued).replaceFirst("");
    if (core.isEmpty() || (!unglued.equals(place) && core.length() < 2)) {
      return true;
    }
    String bare = bare(place);
    for (String o : own) {
      if (o.equals(place) || bare(o).equals(bare) || o.startsWith(bare) || place.startsWith(o)) {
        return true;
      }
    }
    return false;
  }

  /** 成都市 → 成都: the name as a sentence may write it without its ending. */
  static String bare(String place) {
    String b = PLACE_END.matcher(place).replaceFirst("");
    return b.length() >= 2 ? b : place;
  }

  /**
   * The first of the places that neither a unit's sentence, nor the short sentence that opens its
   * paragraph as its topic ("深化某某合作。"), nor its section titles name, by name or by a province's
   * abbreviation joined with another's (either place of 川渝合作).
   */
  static Optional<String> unnamed(List<String> places, Unit unit) {
    String paragraph = unit.paragraph().text();
    int topicEnd = paragraph.indexOf('。') + 1;
    String topic =
        topicEnd > 0 && topicEnd <= TOPIC_SENTENCE ? paragraph.substring(0, topicEnd) : "";
    String context = unit.text() + " " + topic + " " + String.join(" ", unit.sectionTitles());
    return places.stream()
        .filter(
            p ->
                !context.contains(bare(p))
                    && !ProvinceAbbreviations.bundled().namesJoined(p, context))
        .findFirst();
  }

  /** The longest sentence opening a paragraph that is read as the paragraph's topic. */
  static final int TOPIC_SENTENCE = 30;

  /** Whether a question asks for a person who is not the report's speaker. */
  static boolean asksWho(AnalyzedQuery query) {
    return query.intent() == Intent.PERSON;
  }

  /**
   * Whether a text names a person, and when the question names offices, a person holding one of
   * them: the office, as the question qualifies it, is written next to a name. The report's own
   * place may stand before it or not (某某省委书记 is written 省委书记); another place may not ("时任
   * 某某省委书记的某某" holds another province's office), nor another title (总书记 is not 市委书记).
   *
   * @param roles the offices as the question writes them, e.g. 某某省委书记
   * @param ownPlaces the report's own place names
   */
  boolean namesHolder(String text, List<String> roles, List<String> ownPlaces) {
    if (nlp == null) {
      return true;
    }
    List<Entity> persons =
        nlp.entities(text).stream().filter(e -> e.type() == EntityType.PERSON).toList();
    if (persons.isEmpty()) {
      return false;
    }
    if (roles.isEmpty()) {
      return true;
    }
    for (Entity p : persons) {
      int from = Math.max(0, p.offset() - NEAR);
      int to = Math.min(text.length(), p.offset() + p.text().length() + NEAR);
      String around = text.substring(from, to);
      for (String role : roles) {
        String core = withoutOwnPlace(role, ownPlaces);
        for (int at = around.indexOf(core); at >= 0; at = around.indexOf(core, at + 1)) {
          if (at == 0
              || !isHan(around.charAt(at - 1))
              || endsWithOwnPlace(around.substring(0, at), ownPlaces)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String withoutOwnPlace(String role, List<String> ownPlaces) {
    // The bare name first: 某某省委书记 is 某某 + 省委书记, not 某某省 + 委书记.
    for (String place : ownPlaces) {
      String bare = bare(place);
      if (role.startsWith(bare) && role.length() > bare.length()) {
        return role.substring(bare.length());
      }
    }
    return role;
  }

  private static boolean endsWithOwnPlace(String before, List<String> ownPlaces) {
    return ownPlaces.stream().anyMatch(p -> before.endsWith(p) || before.endsWith(bare(p)));
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** How near a name its office is written, in characters (某某部某某部长). */
  static final int NEAR = 8;

  boolean available() {
    return nlp != null;
  }
}
