package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The web page must cost the shell nothing: a one-shot command, started as the launcher starts it,
 * loads no class of Tomcat, Spring MVC or this package (but the {@code web} command itself).
 */
class ShellStartTest {

  /**
   * The packages of the web stack, and of the page's own code. (The classes of the web stack's
   * auto-configurations are loaded, only to check that the names left out in application.properties
   * exist; nothing of theirs is made.)
   */
  static final List<String> WEB_STACK =
      List.of(
          "org.apache.catalina.",
          "org.apache.tomcat.",
          "org.apache.coyote.",
          "org.springframework.web.servlet.",
          "org.springframework.web.filter.",
          "org.springframework.http.converter.",
          "org.springframework.boot.web.embedded.",
          "dev.reportqa.web.");

  /**
   * The class path of the tests without the test classes, whose harness configurations the shell
   * would scan: Surefire names the real one, its own is a jar that only points to it.
   */
  static String mainClassPath() {
    String all =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return String.join(
        File.pathSeparator,
        Arrays.stream(all.split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .toList());
  }

  @Test
  void should_load_no_class_of_the_web_stack_when_a_shell_command_runs() throws Exception {
    // given
    Path dir = WebHarness.tempDir("shell-start-");
    Path classes = dir.resolve("classes.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder command =
        new ProcessBuilder(
                java,
                "-Xlog:class+load:file=" + classes,
                "-Dreportqa.cache-dir=" + WebHarness.CACHE_DIR,
                "-Dreportqa.report=seeds/xitang-2024-h1-report.md",
                "-cp",
                mainClassPath(),
                "dev.reportqa.ReportQaApplication",
                "show",
                "87")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile());

    // when
    Process process = command.start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);

    // then
    assertThat(ended).isTrue();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).contains("87 │ **2.要聚链融合文旅行业。**");
    List<String> loaded =
        Files.readAllLines(classes).stream()
            .map(l -> l.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", ""))
            .map(l -> l.split(" ")[0])
            .toList();
    assertThat(loaded).contains("dev.reportqa.shell.ReportSession");
    assertThat(loaded)
        .filteredOn(c -> WEB_STACK.stream().anyMatch(c::startsWith))
        .containsExactly("dev.reportqa.web.WebCommand");
  }
}
