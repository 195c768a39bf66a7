package dev.reportqa.battery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery, issue 15 items 4 and 10: what the launcher hands the JVM. It runs the real {@code
 * reportqa} script, copied beside a stand-in jar in {@code target/app}, with a {@code java} on the
 * PATH that prints its arguments instead of starting anything.
 */
class LauncherBatteryTest {

  @TempDir Path dir;

  @Test
  void should_pass_home_as_user_home_and_send_crash_reports_to_the_temp_directory()
      throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
    // given
    Path checkout = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(Path.of("reportqa"), checkout.resolve("reportqa"));
    Path jar = Files.createDirectories(checkout.resolve("target/app")).resolve("report-qa.jar");
    Files.writeString(jar, "stand-in");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(3600)));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        "#!/bin/bash\n"
            + "# The launcher first prepares a class-data-sharing archive: refuse, so that only the\n"
            + "# run itself prints its arguments.\n"
            + "for a in \"$@\"; do [[ $a == -XX:ArchiveClassesAtExit=* ]] && exit 1; done\n"
            + "printf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path home = Files.createDirectories(dir.resolve("elsewhere"));
    Path work = Files.createDirectories(dir.resolve("work"));

    // when
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", checkout.resolve("reportqa").toString(), "show", "1")
            .directory(work.toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("HOME", home.toString());
    pb.environment().put("TMPDIR", dir.toString());
    pb.environment().remove("REPORTQA_JAVA_OPTS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    // then
    List<String> args = out.lines().toList();
    assertThat(p.exitValue()).isZero();
    assertThat(args)
        .contains("-Duser.home=" + home)
        .contains("-XX:ErrorFile=" + dir + "/report-qa-hs_err_pid%p.log")
        .containsSubsequence("-jar", jar.toString(), "show", "1");
  }
}
