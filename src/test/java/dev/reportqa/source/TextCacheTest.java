package dev.reportqa.source;

import static dev.reportqa.source.TestFiles.FORMATS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCacheTest {

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private SourceText read(Path file, TextCache cache) {
    return Sources.read(
        file.toString(), file.getFileName().toString(), TestFiles.bytes(file), cache);
  }

  @Test
  void should_load_the_saved_text_and_places_when_the_same_bytes_are_read_again() throws Exception {
    // given
    TextCache cache = new TextCache(dir, warnings::add);
    Path pdf = FORMATS.resolve("paged.pdf");
    SourceText first = read(pdf, cache);
    Path saved;
    try (var files = Files.list(dir)) {
      saved = files.findFirst().orElseThrow();
    }
    assertThat(saved.getFileName().toString()).endsWith("-pdf-x" + PdfSource.VERSION + ".text");

    // when
    SourceText cached = cache.load(key(pdf)).orElseThrow();

    // then
    assertThat(cached).isEqualTo(first);
    assertThat(read(pdf, cache)).isEqualTo(first);
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_extract_again_and_warn_once_when_the_saved_text_is_damaged() throws Exception {
    // given
    TextCache cache = new TextCache(dir, warnings::add);
    Path docx = FORMATS.resolve("structure.docx");
    SourceText first = read(docx, cache);
    Path saved = cache.file(key(docx));
    byte[] bytes = Files.readAllBytes(saved);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(saved, bytes);

    // when
    SourceText again = read(docx, cache);

    // then
    assertThat(again).isEqualTo(first);
    assertThat(warnings)
        .containsExactly(
            "text cache " + saved + " is corrupt (checksum mismatch); extracting the text again");
    assertThat(cache.load(key(docx))).contains(first);
  }

  @Test
  void should_extract_again_when_the_saved_file_is_cut_short() throws Exception {
    // given
    TextCache cache = new TextCache(dir, warnings::add);
    Path html = FORMATS.resolve("henan-2025-excerpt.html");
    SourceText first = read(html, cache);
    Path saved = cache.file(key(html));
    byte[] bytes = Files.readAllBytes(saved);
    Files.write(saved, java.util.Arrays.copyOf(bytes, bytes.length - 7));

    // when, then
    assertThat(read(html, cache)).isEqualTo(first);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("truncated");
  }

  @Test
  void should_go_on_without_saving_when_the_directory_cannot_be_made() throws Exception {
    // given: a file where the directory should be
    Path file = Files.writeString(dir.resolve("taken"), "x");
    TextCache cache = new TextCache(file, warnings::add);

    // when
    SourceText text = read(FORMATS.resolve("structure.docx"), cache);

    // then
    assertThat(text.text()).startsWith("# 政府工作报告\n");
    assertThat(warnings)
        .containsExactly(
            "text cache directory " + file + " is a file; going on without saving the text");
  }

  private static TextCache.Key key(Path file) {
    Format format = Format.of(file.getFileName().toString());
    int version =
        switch (format) {
          case WORD -> DocxSource.VERSION;
          case PDF -> PdfSource.VERSION;
          case HTML -> HtmlSource.VERSION;
          case TEXT -> 0;
        };
    return new TextCache.Key(Sources.sha256(TestFiles.bytes(file)), format, version);
  }
}
