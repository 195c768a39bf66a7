package dev.reportqa.answer;

import java.util.List;
import java.util.stream.Collectors;

/** How a citation reads: {@code [L87]}, {@code [L53, L55]}, {@code [report.md:L87]}. */
public final class Citation {

  private Citation() {}

  /**
   * @param report the report's file name, shown only when {@code named} is true (several reports
   *     are loaded)
   * @param lines the cited lines, ascending
   */
  public static String format(String report, List<Integer> lines, boolean named) {
    String body = lines.stream().map(l -> "L" + l).collect(Collectors.joining(", "));
    return "[" + (named ? report + ":" : "") + body + "]";
  }
}
