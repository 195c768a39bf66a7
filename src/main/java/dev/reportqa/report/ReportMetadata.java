package dev.reportqa.report;

import java.util.Objects;

/**
 * What the preamble of a report says about the report itself. Fields are empty strings when the
 * preamble does not give them.
 *
 * @param title e.g. {@code 政府工作报告}
 * @param date e.g. {@code 2024年7月26日}
 * @param speaker e.g. {@code 曹宇杰}
 * @param occasion e.g. {@code 在西塘镇第十九届人民代表大会第六次会议上}
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

  public ReportMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(occasion, "occasion");
  }
}
