package dev.reportqa;

import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import java.nio.file.Path;

/** The bundled report, loaded once for all tests. */
public final class TestReports {

  public static final Path XITANG = Path.of("seeds/xitang-2024-h1-report.md");

  private static Report xitang;

  private TestReports() {}

  public static synchronized Report xitang() {
    if (xitang == null) {
      xitang = ReportLoader.load(XITANG);
    }
    return xitang;
  }
}
