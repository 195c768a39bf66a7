package dev.reportqa.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link ReportMetadata} from a report's preamble and parts. Work reports open the same way
 * whatever their level: a title, a line with the date and the session of the people's congress, the
 * speaker with (usually) the office, and the salutation. Lines may be merged ({@code 2030年1月8日在…
 * 会议上…省长某某作政府工作报告}) or the office may follow the name ({@code 某某市长在…}). Written by hand: these
 * conventions are not in any library; the offices and place endings are data ({@code
 * vocab/report-words.tsv}).
 */
final class MetadataReader {

  /** A preamble paragraph and whether the file marked it as a title ({@code # 政府工作报告}). */
  record PreambleLine(Paragraph paragraph, boolean titled) {}

  private static final ReportWords WORDS = ReportWords.bundled();

  private static final String NUMERAL = "[一二三四五六七八九十百零〇0-9]+";
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern SESSION =
      Pattern.compile(
          "第\\s*"
              + NUMERAL
              + "\\s*届\\s*人民代表大会\\s*(?:常务委员会)?\\s*第\\s*"
              + NUMERAL
              + "\\s*次\\s*(?:全体)?\\s*会议");
  private static final Pattern PLACE_BEFORE_CONGRESS =
      Pattern.compile("在\\s*([\\p{IsHan}]{2,12}?)\\s*第\\s*" + NUMERAL + "\\s*届\\s*人民代表大会");
  private static final Pattern OCCASION = Pattern.compile("在[^，。]*?会议上?");
  private static final Pattern YEAR_TITLE = Pattern.compile("^(\\d{4})\\s*年");
  private static final Pattern TITLE_PLACE =
      Pattern.compile("^(?:\\d{4}\\s*年)?\\s*([\\p{IsHan}]{2,12}?)\\s*(?:人民)?政府工作报告");
  private static final Pattern SPEAKER_AFTER_OFFICE =
      Pattern.compile(
          "(" + WORDS.alternation("office") + ")\\s*([\\p{IsHan}·]{2,6}?)(?=\\s*$|作|在|同志|向|，|。)");
  private static final Pattern SPEAKER_BEFORE_OFFICE =
      Pattern.compile(
          "(?<=^|[\\s，。、：:—-]|日)([\\p{IsHan}·]{2,4}?)("
              + WORDS.alternation("office")
              + ")(?=在|作|同志)");
  private static final Pattern PERSON_NAME = Pattern.compile("^[\\p{IsHan}·]{2,5}$");
  private static final Pattern FIVE_YEAR = Pattern.compile("十[一二三四五六七八九]五");
  private static final Pattern GOVERNMENT = Pattern.compile("([\\p{IsHan}]{2,12}?)人民政府");

  private MetadataReader() {}

  /** Whether a paragraph is (or opens with) the salutation, 各位代表. */
  static boolean isSalutation(String text) {
    return WORDS.get("salutation").stream().anyMatch(text::startsWith);
  }

  static ReportMetadata read(
      List<PreambleLine> preamble, List<Section> sections, List<Paragraph> paragraphs) {
    Found title = title(preamble);
    Found date = Found.NONE;
    Found occasion = Found.NONE;
    String session = "";
    String place = "";
    Found speaker = Found.NONE;
    String office = "";
    for (PreambleLine line : preamble) {
      Paragraph p = line.paragraph();
      String text = p.text();
      if (isSalutation(text)) {
        break;
      }
      Matcher d = DATE.matcher(text);
      if (date == Found.NONE && d.find()) {
        date = new Found(compact(d.group()), p.lineAt(d.start()));
        Matcher o = OCCASION.matcher(text);
        if (o.find(d.end()) && o.start() - d.end() <= 12) {
          occasion = new Found(compact(o.group()), p.lineAt(o.start()));
        }
      }
      Matcher s = SESSION.matcher(text);
      if (session.isEmpty() && s.find()) {
        session = compact(s.group());
      }
      Matcher pl = PLACE_BEFORE_CONGRESS.matcher(compact(text));
      if (place.isEmpty() && pl.find()) {
        place = pl.group(1);
      }
      if (speaker == Found.NONE) {
        Matcher a = SPEAKER_AFTER_OFFICE.matcher(text);
        Matcher b = SPEAKER_BEFORE_OFFICE.matcher(text);
        if (a.find()) {
          speaker = new Found(a.group(2), p.lineAt(a.start(2)));
          office = a.group(1);
        } else if (b.find()) {
          speaker = new Found(b.group(1), p.lineAt(b.start(1)));
          office = b.group(2);
        } else if (PERSON_NAME.matcher(text).matches()
            && !text.equals(title.text())
            && !text.contains("报告")) {
          speaker = new Found(text, p.firstLine());
        }
      }
      if (place.isEmpty()) {
        Matcher g = GOVERNMENT.matcher(text);
        if (g.find() && endingLevel(g.group(1)) != ReportMetadata.Level.UNKNOWN) {
          place = g.group(1);
        }
      }
    }
    if (place.isEmpty()) {
      Matcher t = TITLE_PLACE.matcher(title.text());
      if (t.find() && endingLevel(t.group(1)) != ReportMetadata.Level.UNKNOWN) {
        place = t.group(1);
      }
    }
    int year = 0;
    Matcher y = DATE.matcher(date.text());
    if (y.find()) {
      year = Integer.parseInt(y.group(1));
    } else {
      Matcher ty = YEAR_TITLE.matcher(title.text());
      if (ty.find()) {
        year = Integer.parseInt(ty.group(1));
      }
    }
    return new ReportMetadata(
        title.text(),
        date.text(),
        speaker.text(),
        office,
        occasion.text(),
        session,
        place,
        endingLevel(place),
        kind(sections),
        year,
        fiveYearChapter(sections),
        title.line(),
        date.line(),
        speaker.line(),
        occasion.line());
  }

  private record Found(String text, int line) {
    static final Found NONE = new Found("", 0);
  }

  /** The paragraph marked as a title, else the first of the preamble. */
  private static Found title(List<PreambleLine> preamble) {
    for (PreambleLine line : preamble) {
      if (line.titled()) {
        return new Found(line.paragraph().text(), line.paragraph().firstLine());
      }
    }
    if (preamble.isEmpty()) {
      return Found.NONE;
    }
    Paragraph first = preamble.get(0).paragraph();
    if (isSalutation(first.text()) || first.text().length() > 60) {
      return Found.NONE;
    }
    return new Found(first.text(), first.firstLine());
  }

  /** The level of government a place name's ending says; the longest ending wins (自治区 over 区). */
  static ReportMetadata.Level endingLevel(String place) {
    ReportMetadata.Level best = ReportMetadata.Level.UNKNOWN;
    int bestLength = 0;
    for (ReportMetadata.Level level : ReportMetadata.Level.values()) {
      if (level == ReportMetadata.Level.UNKNOWN) {
        continue;
      }
      for (String ending : WORDS.get("level." + level.name().toLowerCase(java.util.Locale.ROOT))) {
        if (place.endsWith(ending)
            && ending.length() > bestLength
            && place.length() > ending.length()) {
          best = level;
          bestLength = ending.length();
        }
      }
    }
    return best;
  }

  /** Mid-year when a part reviews or plans a half year (上半年工作回顾, 下半年主要工作); else annual. */
  private static ReportMetadata.Kind kind(List<Section> sections) {
    List<Section> parts = sections.stream().filter(s -> s.parent() < 0).toList();
    if (parts.isEmpty()) {
      return ReportMetadata.Kind.UNKNOWN;
    }
    boolean half =
        parts.stream()
            .anyMatch(
                s -> WORDS.anyIn("half.first", s.title()) || WORDS.anyIn("half.second", s.title()));
    return half ? ReportMetadata.Kind.MID_YEAR : ReportMetadata.Kind.ANNUAL;
  }

  /** Whether a part plans a five-year period (二、“十五五”时期主要目标任务). */
  private static boolean fiveYearChapter(List<Section> sections) {
    return sections.stream()
        .filter(s -> s.parent() < 0)
        .anyMatch(s -> FIVE_YEAR.matcher(s.title()).find() && WORDS.anyIn("part.plan", s.title()));
  }

  /** Without whitespace between Chinese characters (a title or session wrapped over two lines). */
  private static String compact(String text) {
    return text.replaceAll("(?<=[\\p{IsHan}\\d])\\s+(?=[\\p{IsHan}\\d])", "").strip();
  }
}
