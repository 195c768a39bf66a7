package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled dictionary's cache file, on a nine-row sample of ECDICT
 * (src/test/resources/nlp/ecdict-sample.csv) so that each build takes milliseconds.
 */
class DictionaryCacheTest {

  private static final EnglishChineseDictionary.Source SAMPLE =
      new EnglishChineseDictionary.Source("sample-1", "nlp/ecdict-sample.csv");

  /** The same version with no CSV: a dictionary that can only come from the cache. */
  private static final EnglishChineseDictionary.Source NO_CSV =
      new EnglishChineseDictionary.Source("sample-1", "nlp/no-such.csv");

  @TempDir Path cache;

  private final List<String> warnings = new ArrayList<>();

  private EnglishChineseDictionary open(EnglishChineseDictionary.Source source) {
    return EnglishChineseDictionary.open(source, cache, warnings::add);
  }

  private Path file() {
    return cache.resolve("nlp").resolve("ecdict-sample-1-f" + CompiledDictionary.FORMAT + ".dict");
  }

  @Test
  void should_load_nothing_when_the_dictionary_is_made() {
    // given
    // when
    EnglishChineseDictionary dictionary = open(SAMPLE);
    // then
    assertThat(dictionary.isLoaded()).isFalse();
    assertThat(dictionary.cacheFile()).contains(file());
    assertThat(file()).doesNotExist();
  }

  @Test
  void should_save_the_compiled_file_at_the_first_lookup_and_read_it_at_the_next_start() {
    // given a first start that compiles the CSV
    assertThat(open(SAMPLE).translations("fixed assets")).containsExactly("固定资产");
    assertThat(file()).isRegularFile();
    // when a second start has no CSV to read
    EnglishChineseDictionary second = open(NO_CSV);
    // then everything comes from the file
    assertThat(second.translations("Gross  Domestic Product")).containsExactly("国内生产总值", "国内总产值");
    assertThat(second.baseForm("built")).contains("build");
    assertThat(second.baseForm("investments")).contains("investment");
    assertThat(second.corrections("investmnet")).containsExactly("investment");
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_rebuild_and_warn_once_when_the_saved_file_is_corrupt() throws IOException {
    // given a saved file with one byte changed in the middle
    open(SAMPLE).load();
    byte[] bytes = Files.readAllBytes(file());
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(file(), bytes);
    // when
    List<String> words = open(SAMPLE).translations("subsidy");
    // then
    assertThat(words).containsExactly("补助金", "津贴", "补贴");
    assertThat(warnings)
        .containsExactly(
            "english dictionary cache " + file() + " is corrupt (checksum mismatch); rebuilding");
    assertThat(open(NO_CSV).translations("subsidy")).containsExactly("补助金", "津贴", "补贴");
    assertThat(warnings).hasSize(1);
  }

  @Test
  void should_rebuild_and_warn_when_the_saved_file_is_truncated() throws IOException {
    // given
    open(SAMPLE).load();
    byte[] bytes = Files.readAllBytes(file());
    Files.write(file(), Arrays.copyOf(bytes, bytes.length - 100));
    // when
    open(SAMPLE).load();
    // then
    assertThat(warnings)
        .containsExactly(
            "english dictionary cache "
                + file()
                + " is truncated ("
                + (bytes.length - 100)
                + " of "
                + bytes.length
                + " bytes); rebuilding");
    assertThat(file()).hasSize(bytes.length);
  }

  @Test
  void should_rebuild_when_the_file_holds_another_dictionary_version() throws IOException {
    // given a file of version sample-2 put under sample-1's name
    EnglishChineseDictionary.Source other =
        new EnglishChineseDictionary.Source("sample-2", "nlp/ecdict-sample.csv");
    EnglishChineseDictionary two = open(other);
    two.load();
    Files.move(two.cacheFile().orElseThrow(), file());
    // when
    open(SAMPLE).load();
    // then
    assertThat(warnings)
        .containsExactly(
            "english dictionary cache "
                + file()
                + " holds dictionary version sample-2, expected sample-1; rebuilding");
  }

  @Test
  void should_work_from_memory_and_warn_when_the_cache_cannot_be_written() throws IOException {
    // given a file where the nlp folder should be
    Files.writeString(cache.resolve("nlp"), "not a folder");
    // when
    EnglishChineseDictionary dictionary = open(SAMPLE);
    // then
    assertThat(dictionary.translations("government")).containsExactly("政府");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .startsWith("english dictionary cache " + file() + " cannot be written (")
        .endsWith("); going on without saving it");
  }

  @Test
  void should_compile_in_memory_when_there_is_no_cache_directory() {
    // given
    EnglishChineseDictionary dictionary =
        EnglishChineseDictionary.open(SAMPLE, null, warnings::add);
    // when
    List<String> words = dictionary.translations("build");
    // then
    assertThat(words).containsExactly("建立", "建筑", "构造", "体格");
    assertThat(dictionary.cacheFile()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_name_the_missing_csv_when_neither_cache_nor_csv_exists() {
    // given
    EnglishChineseDictionary dictionary = open(NO_CSV);
    // when / then
    assertThatThrownBy(() -> dictionary.translations("build"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nlp/no-such.csv is not on the class path");
  }

  @Test
  void should_name_the_missing_column_when_the_csv_has_another_header() {
    // given
    String csv = "word,phonetic,translation,bnc,frq\nbuild,,建立,1,1\n";
    // when / then
    assertThatThrownBy(() -> DictionaryCompiler.compile(new StringReader(csv), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the dictionary CSV has no 'exchange' column; its header is "
                + "[word, phonetic, translation, bnc, frq]");
  }
}
