package dev.reportqa.brief;

import java.util.Locale;

/** The formats figures are exported in. */
public enum ExportFormat {
  CSV,
  JSON,
  MD;

  /**
   * The format named by {@code csv}, {@code json} or {@code md} (any case; {@code markdown} too).
   *
   * @throws IllegalArgumentException naming the choices
   */
  public static ExportFormat parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "csv" -> CSV;
      case "json" -> JSON;
      case "md", "markdown" -> MD;
      default ->
          throw new IllegalArgumentException(
              (n.isEmpty() ? "a format is needed" : "unknown format '" + name + "'")
                  + " — use --format csv, json or md");
    };
  }
}
