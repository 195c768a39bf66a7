package dev.reportqa.source;

import java.util.Locale;

/** The kinds of file a report can come in, told by the file name's extension. */
public enum Format {
  TEXT("text"),
  WORD("Word"),
  PDF("PDF"),
  HTML("web page");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** How the format is named to the user: {@code text}, {@code Word}, {@code PDF}. */
  public String label() {
    return label;
  }

  /** The format of a file by its name; anything unknown is read as text, as before. */
  public static Format of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx")) {
      return WORD;
    }
    if (name.endsWith(".pdf")) {
      return PDF;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    return TEXT;
  }

  /** Whether a file in a report folder is taken for a report, by its name. */
  public static boolean isReportFile(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).matches(".+\\.(md|txt|docx|pdf|html?|xhtml)");
  }
}
