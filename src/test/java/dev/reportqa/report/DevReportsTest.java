package dev.reportqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.brief.Figure;
import dev.reportqa.brief.FigureExtractor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10's "done when" on every development report: the same outline and metadata whether the
 * file has one paragraph per line or blank lines between paragraphs, and whether it is UTF-8 or
 * GB18030; and every figure given a period, at most 5% "other".
 */
class DevReportsTest {

  private static final Path DEV = Path.of("src/test/resources/reports/dev");

  /** The most figures of a report that may have no period ("other"). */
  static final double MAX_OTHER = 0.05;

  @TempDir Path dir;

  /** The text files of the development reports. */
  static List<String> reports() throws java.io.IOException {
    try (var files = Files.list(DEV)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList();
    }
  }

  private static List<String> outline(Report report) {
    return report.sections().stream()
        .map(s -> report.depthOf(s.index()) + " " + s.title())
        .toList();
  }

  private static String metadata(Report report) {
    ReportMetadata m = report.metadata();
    return String.join(
        " | ", m.title(), m.date(), m.speaker(), m.office(), m.level().name(), m.kind().name());
  }

  /** The text with blank lines between paragraphs removed, or put in where there are none. */
  private static String otherLayout(String text) {
    List<String> lines = text.lines().toList();
    boolean blankSeparated = lines.stream().anyMatch(String::isBlank);
    return blankSeparated
        ? String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList()) + "\n"
        : String.join("\n\n", lines) + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void should_read_the_same_outline_and_metadata_in_either_layout_and_in_gb18030(String file)
      throws Exception {
    Report original = ReportLoader.load(DEV.resolve(file));
    String text = Files.readString(DEV.resolve(file), StandardCharsets.UTF_8);
    Path relaid = Files.writeString(dir.resolve("relaid-" + file), otherLayout(text));
    Path gb = Files.write(dir.resolve("gb-" + file), text.getBytes(Charset.forName("GB18030")));

    Report inOtherLayout = ReportLoader.load(relaid);
    Report inGb18030 = ReportLoader.load(gb);

    assertThat(outline(original)).hasSizeGreaterThan(5);
    assertThat(original.sections().stream().filter(s -> s.parent() < 0)).hasSizeGreaterThan(1);
    assertThat(outline(inOtherLayout)).isEqualTo(outline(original));
    assertThat(outline(inGb18030)).isEqualTo(outline(original));
    assertThat(metadata(inOtherLayout)).isEqualTo(metadata(original));
    assertThat(metadata(inGb18030)).isEqualTo(metadata(original));
    assertThat(original.metadata().speaker()).isNotEmpty();
    assertThat(original.metadata().kind()).isEqualTo(ReportMetadata.Kind.ANNUAL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void should_give_nearly_every_figure_a_period(String file) {
    List<Figure> figures = new FigureExtractor().extract(ReportLoader.load(DEV.resolve(file)));
    long other = figures.stream().filter(f -> !f.period().known()).count();

    assertThat(figures).hasSizeGreaterThan(50);
    assertThat((double) other / figures.size())
        .as(other + " of " + figures.size())
        .isLessThanOrEqualTo(MAX_OTHER);
  }
}
