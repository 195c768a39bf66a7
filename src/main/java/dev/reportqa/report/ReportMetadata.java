package dev.reportqa.report;

import java.util.Objects;

/**
 * What the preamble of a report says about the report itself. Fields are empty strings when the
 * preamble does not give them.
 *
 * @param title e.g. {@code 政府工作报告}
 * @param date e.g. {@code 2025年1月8日}
 * @param speaker e.g. {@code 曹宇杰}
 * @param occasion e.g. {@code 在某某镇第一届人民代表大会第二次会议上}
 * @param titleLine line of the title, 0 when absent; likewise for the other fields
 */
public record ReportMetadata(
    String title,
    String date,
    String speaker,
    String occasion,
    int titleLine,
    int dateLine,
    int speakerLine,
    int occasionLine) {

  public static final ReportMetadata EMPTY = new ReportMetadata("", "", "", "", 0, 0, 0, 0);

  private static final java.util.regex.Pattern PLACE =
      java.util.regex.Pattern.compile("在(.+?)(?:第[一二三四五六七八九十百零0-9]+届)?人民代表大会");

  /**
   * The place the report is about, as the occasion names it ({@code 西塘镇}), with its bare name
   * ({@code 西塘}); empty when the occasion does not say. Every sentence of the report is about this
   * place, so a question naming it says nothing about which sentence answers.
   */
  public java.util.List<String> placeNames() {
    java.util.regex.Matcher m = PLACE.matcher(occasion);
    if (!m.find()) {
      return java.util.List.of();
    }
    String place = m.group(1);
    String bare = place.replaceFirst("(镇|乡|县|市|区|省|街道)$", "");
    return bare.length() >= 2 && !bare.equals(place)
        ? java.util.List.of(place, bare)
        : java.util.List.of(place);
  }

  public ReportMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(occasion, "occasion");
  }
}
