package dev.reportqa.report;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says about itself: its preamble (title, date, session, speaker and office) and what
 * its parts show (the level of government, annual or mid-year, a five-year chapter). Text fields
 * are empty strings when the report does not give them; line fields are 0 then.
 *
 * @param title e.g. {@code 政府工作报告}, {@code 2030年某某省政府工作报告}
 * @param date e.g. {@code 2025年1月8日}
 * @param speaker e.g. {@code 某某}
 * @param office the speaker's office as the preamble names it, e.g. {@code 省长}, {@code 代区长}
 * @param occasion e.g. {@code 在某某镇第一届人民代表大会第二次会议上}
 * @param session the congress and its session, e.g. {@code 第一届人民代表大会第二次会议}
 * @param place the place the report is about, e.g. {@code 某某省}, {@code 某某镇}
 * @param level the level of government of that place
 * @param kind annual or mid-year
 * @param year the year the report was given in, 0 when unknown
 * @param fiveYearChapter whether a part sets goals for a five-year plan ({@code “十五五”时期主要目标任务})
 */
public record ReportMetadata(
    String title,
    String date,
    String speaker,
    String office,
    String occasion,
    String session,
    String place,
    Level level,
    Kind kind,
    int year,
    boolean fiveYearChapter,
    int titleLine,
    int dateLine,
    int speakerLine,
    int occasionLine) {

  /** The level of government a report is given at. */
  public enum Level {
    TOWN("镇/乡", "town"),
    COUNTY("县/区", "county or district"),
    CITY("市", "city"),
    PROVINCE("省/自治区", "province or region"),
    UNKNOWN("", "");

    private final String zh;
    private final String en;

    Level(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public String zh() {
      return zh;
    }

    public String en() {
      return en;
    }
  }

  /** Which kind of report: the year's, or the mid-year one. */
  public enum Kind {
    /** Reviews last year, plans this year (given in January or February). */
    ANNUAL("年度报告", "annual"),
    /** Reviews the first half, plans the second half and the full year (given in July). */
    MID_YEAR("半年报告", "mid-year"),
    UNKNOWN("", "");

    private final String zh;
    private final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public String zh() {
      return zh;
    }

    public String en() {
      return en;
    }
  }

  public static final ReportMetadata EMPTY =
      new ReportMetadata(
          "", "", "", "", "", "", "", Level.UNKNOWN, Kind.UNKNOWN, 0, false, 0, 0, 0, 0);

  private static final Pattern NAME_END = Pattern.compile("(镇|乡|县|市|区|省|自治区|街道|旗|州|盟)$");

  public ReportMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(kind, "kind");
  }

  private static final ReportWords WORDS = ReportWords.bundled();

  /** What may stand before the speaker's office besides the place: levels, 现任 …; longest first. */
  private static final List<String> BEFORE_OFFICE =
      java.util.stream.Stream.of(
              "level.province", "level.city", "level.county", "level.town", "office.qualifier")
          .flatMap(category -> WORDS.get(category).stream())
          .sorted(java.util.Comparator.comparingInt(String::length).reversed())
          .toList();

  /**
   * The place the report is about ({@code 某某镇}), with its bare name ({@code 某某}); empty when the
   * report does not say. Every sentence of the report is about this place, so a question naming it
   * says nothing about which sentence answers.
   */
  public List<String> placeNames() {
    if (place.isEmpty()) {
      return List.of();
    }
    Matcher m = NAME_END.matcher(place);
    String bare = m.find() ? place.substring(0, m.start()) : place;
    return bare.length() >= 2 && !bare.equals(place) ? List.of(place, bare) : List.of(place);
  }

  /**
   * Whether a phrase of a question names the office of this report's speaker, here: 省长, 自治区主席,
   * 某某省省长, 现任市长. Its holder is then the speaker. The office counts without 代 or 代理; before it may
   * stand only this place's names, a level of government (省, 自治区 …), 的 and words such as 现任. 副省长
   * and 国家主席 name other offices.
   */
  public boolean namesSpeakersOffice(String phrase) {
    String bare = office.replaceFirst("^(代理|代)", "");
    if (bare.isEmpty() || speaker.isEmpty() || !phrase.endsWith(bare)) {
      return false;
    }
    String before = phrase.substring(0, phrase.length() - bare.length());
    for (int k = before.length(); k >= 2; k--) {
      if (isOwnPlace(before.substring(0, k))) {
        before = before.substring(k); // 某某 of 某某回族自治区
        break;
      }
    }
    boolean cut = true;
    while (!before.isEmpty() && cut) {
      cut = false;
      for (String w : BEFORE_OFFICE) {
        if (!w.isEmpty() && before.startsWith(w)) {
          before = before.substring(w.length());
          cut = true;
          break;
        }
      }
    }
    return before.isEmpty();
  }

  /**
   * Whether a word is this report's place, whole or bare, or the start of its name (某某 of 某某回族自治区).
   */
  public boolean isOwnPlace(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (String name : placeNames()) {
      if (name.startsWith(word) || word.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The kind in words, e.g. {@code annual, with a five-year-plan chapter}. */
  public String kindLabel(boolean english) {
    String k = english ? kind.en() : kind.zh();
    if (!fiveYearChapter || k.isEmpty()) {
      return k;
    }
    return english ? k + ", with a five-year-plan chapter" : k + "（含五年规划目标）";
  }
}
