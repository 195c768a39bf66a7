package dev.reportqa.battery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.reportqa.TestReports;
import dev.reportqa.brief.BriefWording;
import dev.reportqa.brief.ExportFormat;
import dev.reportqa.brief.FigureExport;
import dev.reportqa.brief.FigureExtractor;
import dev.reportqa.io.AtomicFile;
import dev.reportqa.io.WriteException;
import dev.reportqa.query.Language;
import dev.reportqa.report.ReportException;
import dev.reportqa.report.ReportLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Battery, issue 15 items 3, 8 (reports) and 9 (CSV): what {@code --out} may replace, which report
 * paths are read, and CSV cells a spreadsheet would run. Cases that need a second, unprivileged
 * user or the right to make a device node say so when they are skipped.
 */
class FileBatteryTest {

  @TempDir Path dir;

  // --- --out (AtomicFile) ---

  @Test
  void should_refuse_and_keep_a_character_device_when_it_is_the_out_path() throws Exception {
    // given: a device node like /dev/null, made in the temporary directory (needs root)
    Path device = dir.resolve("fc");
    assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod needs root (CAP_MKNOD)");

    // when / then
    assertThatThrownBy(() -> AtomicFile.write(device, "x"))
        .isInstanceOf(WriteException.class)
        .hasMessage(
            "cannot write "
                + device
                + ": it is a character device, not a regular file — give a file name");
    assertThat(Files.isRegularFile(device)).isFalse();
    assertThat(Files.exists(device)).isTrue();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void should_refuse_and_keep_a_fifo_when_it_is_the_out_path() throws Exception {
    // given
    Path fifo = dir.resolve("ff");
    assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");

    // when / then
    assertThatThrownBy(() -> AtomicFile.checkWritable(fifo))
        .isInstanceOf(WriteException.class)
        .hasMessage(
            "cannot write "
                + fifo
                + ": it is a FIFO (named pipe), not a regular file — give a file name");
    assertThatThrownBy(() -> AtomicFile.write(fifo, "x")).isInstanceOf(WriteException.class);
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void should_refuse_a_directory_when_it_is_the_out_path() {
    assertThatThrownBy(() -> AtomicFile.checkWritable(dir))
        .isInstanceOf(WriteException.class)
        .hasMessage("cannot write " + dir + ": it is a directory — give a file name");
  }

  @Test
  void should_replace_the_file_a_symlink_points_to_and_keep_the_link() throws IOException {
    // given
    Path real = Files.createDirectories(dir.resolve("real")).resolve("target.csv");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

    // when
    AtomicFile.write(link, "new");

    // then
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
    assertThat(Files.readString(link)).isEqualTo("new");
    try (var left = Files.list(real.getParent())) {
      assertThat(left).containsExactly(real);
    }
  }

  @Test
  void should_write_through_a_symlink_to_a_file_not_yet_made() throws IOException {
    // given
    Path real = dir.resolve("made-later.csv");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

    // when
    AtomicFile.write(link, "new");

    // then
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void should_refuse_and_keep_a_read_only_file_even_for_root() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("ro.csv"), "keep");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    // when / then
    assertThatThrownBy(() -> AtomicFile.write(file, "new"))
        .isInstanceOf(WriteException.class)
        .hasMessage(
            "cannot write "
                + file
                + ": the file is read-only — make it writable (chmod u+w) or choose another --out");
    assertThat(Files.readString(file)).isEqualTo("keep");
  }

  @Test
  void should_refuse_a_file_in_a_directory_it_cannot_write_when_not_root() throws IOException {
    assumeTrue(!isRoot(), "needs an unprivileged user: root writes into any directory");
    // given
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));

    // when / then
    try {
      assertThatThrownBy(() -> AtomicFile.checkWritable(locked.resolve("out.csv")))
          .isInstanceOf(WriteException.class)
          .hasMessageEndingWith("is not writable");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void should_accept_a_new_file_and_an_existing_writable_one_when_checked() throws IOException {
    Path existing = Files.writeString(dir.resolve("old.csv"), "x");

    assertThat(AtomicFile.checkWritable(dir.resolve("new.csv")))
        .isEqualTo(dir.toRealPath().resolve("new.csv"));
    assertThat(AtomicFile.checkWritable(existing)).isEqualTo(existing.toRealPath());
  }

  // --- --report limits (ReportLoader) ---

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void should_refuse_a_device_as_the_report_without_reading_it(String device) {
    assumeTrue(Files.exists(Path.of(device)), device + " does not exist here");

    assertThatThrownBy(() -> ReportLoader.load(Path.of(device)))
        .isInstanceOf(ReportException.class)
        .hasMessage("report path is not a regular file (a device or a pipe?): " + device);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void should_refuse_a_fifo_as_the_report_without_waiting_for_a_writer() throws Exception {
    Path fifo = dir.resolve("report.md");
    assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");

    assertThatThrownBy(() -> ReportLoader.load(fifo))
        .isInstanceOf(ReportException.class)
        .hasMessage("report path is not a regular file (a device or a pipe?): " + fifo);
  }

  @Test
  void should_refuse_a_report_over_the_default_limit_of_50_mb() throws IOException {
    // given: a sparse file, 50 MB and one byte, that takes no disk
    Path huge = dir.resolve("huge.md");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(ReportLoader.DEFAULT_MAX_REPORT_BYTES + 1);
    }

    // when / then
    assertThatThrownBy(() -> ReportLoader.load(huge))
        .isInstanceOf(ReportException.class)
        .hasMessage(
            "report file is too large: "
                + huge
                + " (over 52428800 bytes) — set -Dreportqa.max-report-bytes=N in"
                + " REPORTQA_JAVA_OPTS to allow more");
  }

  @Test
  void should_take_the_limit_from_the_property_when_it_is_set() {
    String before = System.getProperty(ReportLoader.MAX_REPORT_BYTES_PROPERTY);
    try {
      System.setProperty(ReportLoader.MAX_REPORT_BYTES_PROPERTY, "1000");

      assertThatThrownBy(() -> ReportLoader.load(TestReports.XITANG))
          .isInstanceOf(ReportException.class)
          .hasMessageStartingWith(
              "report file is too large: " + TestReports.XITANG + " (over 1000 bytes)");

      System.setProperty(ReportLoader.MAX_REPORT_BYTES_PROPERTY, "lots");
      assertThatThrownBy(() -> ReportLoader.load(TestReports.XITANG))
          .isInstanceOf(ReportException.class)
          .hasMessage("reportqa.max-report-bytes must be a positive number of bytes, not 'lots'");
    } finally {
      if (before == null) {
        System.clearProperty(ReportLoader.MAX_REPORT_BYTES_PROPERTY);
      } else {
        System.setProperty(ReportLoader.MAX_REPORT_BYTES_PROPERTY, before);
      }
    }
  }

  @Test
  void should_read_a_report_through_a_symlink() throws IOException {
    Path link =
        Files.createSymbolicLink(dir.resolve("link.md"), TestReports.XITANG.toAbsolutePath());

    assertThat(ReportLoader.load(link).lineCount()).isEqualTo(141);
  }

  // --- CSV export ---

  @Test
  void should_neutralise_cells_that_a_spreadsheet_would_run_when_exporting_csv()
      throws IOException {
    // given: clauses that start with = + - @ and a tab
    Path file = dir.resolve("inject.md");
    Files.writeString(
        file,
        "# 政府工作报告\n\n## 一、上半年工作回顾\n\n=1+2完成投资 3 亿元，+SUM(A1)实现产值 5 亿元。\n\n"
            + "-2+3接待游客 10 万人次，@cmd 新增企业 4 家，\t制表开头新增项目 6 个。\n");
    var figures = new FigureExtractor().extract(ReportLoader.load(file));

    // when
    String csv =
        new FigureExport(BriefWording.load(null))
            .render(figures, ExportFormat.CSV, "inject.md", null, Language.ZH);

    // then: no cell of any row starts with a formula character
    List<String> cells =
        csv.lines().skip(1).flatMap(l -> List.of(l.split(",", -1)).stream()).toList();
    assertThat(cells).isNotEmpty();
    assertThat(cells)
        .allSatisfy(
            c ->
                assertThat(c.replaceFirst("^\"", ""))
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("-")
                    .doesNotStartWith("@")
                    .doesNotStartWith("\t"));
    assertThat(csv).contains(",'=1+2完成投资 3 亿元").contains(",'@cmd 新增企业 4 家");
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
