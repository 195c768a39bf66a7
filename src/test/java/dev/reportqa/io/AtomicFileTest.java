package dev.reportqa.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void should_write_the_whole_text_as_utf8_when_the_directory_exists() throws IOException {
    // given
    Path target = dir.resolve("figures.csv");

    // when
    AtomicFile.write(target, "游客量,645万人次\n");

    // then
    assertThat(Files.readString(target)).isEqualTo("游客量,645万人次\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
    assertThat(names()).containsExactly("figures.csv");
  }

  @Test
  void should_replace_the_old_file_when_the_target_exists() throws IOException {
    // given
    Path target = dir.resolve("brief.md");
    Files.writeString(target, "old");

    // when
    AtomicFile.write(target, "new");

    // then
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(names()).containsExactly("brief.md");
  }

  @Test
  void should_keep_the_old_file_and_leave_no_temporary_file_when_writing_fails_midway()
      throws IOException {
    // given
    Path target = dir.resolve("figures.csv");
    Files.writeString(target, "old");

    // when
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      out.write("half a ta");
                      throw new IOException("No space left on device");
                    }))
        // then
        .isInstanceOf(WriteException.class)
        .hasMessage("cannot write " + target + ": No space left on device");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(names()).containsExactly("figures.csv");
  }

  @Test
  void should_fail_naming_the_directory_and_leave_nothing_when_the_directory_is_missing()
      throws IOException {
    // given
    Path target = dir.resolve("no-such-dir").resolve("figures.csv");

    // when
    assertThatThrownBy(() -> AtomicFile.write(target, "text"))
        // then
        .isInstanceOf(WriteException.class)
        .hasMessage(
            "cannot write "
                + target
                + ": the directory "
                + dir.resolve("no-such-dir")
                + " does not exist — create it or choose another --out");
    assertThat(names()).isEmpty();
  }

  @Test
  void should_fail_and_leave_nothing_when_the_target_is_a_directory() throws IOException {
    // given
    Path target = Files.createDirectory(dir.resolve("out"));

    // when
    assertThatThrownBy(() -> AtomicFile.write(target, "text"))
        // then
        .isInstanceOf(WriteException.class)
        .hasMessage("cannot write " + target + ": it is a directory — give a file name");
    try (Stream<Path> inside = Files.list(target)) {
      assertThat(inside).isEmpty();
    }
    assertThat(names()).containsExactly("out");
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
