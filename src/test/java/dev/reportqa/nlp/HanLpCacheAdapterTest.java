package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HanLP's file access on its own, without HanLP's global configuration. */
class HanLpCacheAdapterTest {

  private static final String T2S = "data/dictionary/tc/t2s.txt";

  @TempDir Path root;

  private final List<String> warnings = new ArrayList<>();

  private HanLpCacheAdapter adapter() {
    return new HanLpCacheAdapter(root, warnings::add);
  }

  private String path(String resource) {
    return root.toAbsolutePath().normalize() + "/" + resource;
  }

  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Test
  void should_read_hanlps_data_from_the_class_path_when_the_cache_does_not_hold_it()
      throws IOException {
    // given the jar's file
    byte[] expected = read(getClass().getClassLoader().getResourceAsStream(T2S));
    // when
    byte[] bytes = read(adapter().open(path(T2S)));
    // then
    assertThat(bytes).isEqualTo(expected);
    assertThat(adapter().pathPrefix()).isEqualTo(root.toAbsolutePath().normalize() + "/");
  }

  @Test
  void should_write_a_cache_file_whole_and_read_it_back_when_hanlp_saves_one() throws IOException {
    // given
    byte[] payload = "a compiled trie".getBytes(StandardCharsets.UTF_8);
    // when
    try (OutputStream out = adapter().create(path(T2S + ".bin"))) {
      out.write(payload);
    }
    // then the file has the trailer, and reading strips it
    Path file = root.resolve(T2S + ".bin");
    assertThat(file).hasSize(payload.length + HanLpCacheAdapter.TRAILER_BYTES);
    assertThat(read(adapter().open(path(T2S + ".bin")))).isEqualTo(payload);
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_report_missing_when_a_cache_file_is_damaged_so_that_hanlp_rebuilds_it()
      throws IOException {
    // given a saved file with a byte changed
    try (OutputStream out = adapter().create(path(T2S + ".bin"))) {
      out.write(new byte[100]);
    }
    Path file = root.resolve(T2S + ".bin");
    byte[] bytes = Files.readAllBytes(file);
    bytes[10] = 1;
    Files.write(file, bytes);
    // when / then
    assertThatThrownBy(() -> adapter().open(path(T2S + ".bin")))
        .isInstanceOf(FileNotFoundException.class);
    assertThat(warnings)
        .containsExactly("hanlp cache " + file + " is corrupt (checksum mismatch); rebuilding");
    assertThat(file).doesNotExist();
  }

  @Test
  void should_report_missing_when_a_cache_file_is_truncated() throws IOException {
    // given
    try (OutputStream out = adapter().create(path(T2S + ".bin"))) {
      out.write(new byte[100]);
    }
    Path file = root.resolve(T2S + ".bin");
    Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 60));
    // when / then
    assertThatThrownBy(() -> adapter().open(path(T2S + ".bin")))
        .isInstanceOf(FileNotFoundException.class);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).startsWith("hanlp cache " + file + " is ");
  }

  @Test
  void should_warn_once_when_the_cache_cannot_be_written() throws IOException {
    // given a file where HanLP's data folder should be
    Files.writeString(root.resolve("data"), "not a folder");
    OutputStream out = adapter().create(path(T2S + ".bin"));
    out.write(new byte[10]);
    // when / then
    assertThatThrownBy(out::close).isInstanceOf(IOException.class);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .startsWith("hanlp cache " + root.resolve(T2S + ".bin") + " cannot be written (")
        .endsWith("); going on without saving it");
  }

  @Test
  void should_write_nothing_when_the_stream_is_never_closed() throws IOException {
    // given
    OutputStream out = adapter().create(path(T2S + ".bin"));
    // when
    out.write(new byte[10]);
    // then
    assertThat(root.resolve(T2S + ".bin")).doesNotExist();
  }

  @Test
  void should_refuse_paths_outside_the_root_and_outside_hanlps_data() {
    // given
    HanLpCacheAdapter adapter = adapter();
    // when / then
    assertThatThrownBy(() -> adapter.open("/etc/passwd")).isInstanceOf(FileNotFoundException.class);
    assertThatThrownBy(() -> adapter.open(path("data/../../x")))
        .isInstanceOf(FileNotFoundException.class);
    assertThatThrownBy(() -> adapter.create("/tmp/elsewhere.bin")).isInstanceOf(IOException.class);
  }

  @Test
  void should_read_the_class_path_and_save_nothing_when_there_is_no_cache_directory()
      throws IOException {
    // given
    HanLpCacheAdapter adapter = new HanLpCacheAdapter(null, warnings::add);
    // when
    byte[] bytes = read(adapter.open(T2S));
    // then
    assertThat(bytes).isNotEmpty();
    assertThat(adapter.pathPrefix()).isEmpty();
    assertThatThrownBy(() -> adapter.create(T2S + ".bin"))
        .isInstanceOf(IOException.class)
        .hasMessage("HanLP caches are not saved without a cache directory: " + T2S + ".bin");
  }
}
