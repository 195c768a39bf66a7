package dev.reportqa.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.vocab.QuantityVocabulary.Bound;
import dev.reportqa.vocab.QuantityVocabulary.Direction;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import dev.reportqa.vocab.QuantityVocabulary.Position;
import dev.reportqa.vocab.QuantityVocabulary.RankRole;
import dev.reportqa.vocab.QuantityVocabulary.Sense;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityVocabularyTest {

  private static final String VALID =
      """
      # a comment
      multiplier\t万\t10000
      unit\t个\tcount\t-
      unit\t百分点|个百分点\trate\tpercentage points
      bound\t超过|超\tbefore\tabove\tmore than
      change\t增长\tup
      rank\t第\tordinal
      """;

  private static QuantityVocabulary read(String text) {
    return QuantityVocabulary.read(
        "test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void should_read_units_with_their_forms_kind_and_english_when_the_file_is_valid() {
    // when
    QuantityVocabulary v = read(VALID);

    // then
    assertThat(v.unit("个百分点").orElseThrow().name()).isEqualTo("百分点");
    assertThat(v.kind("个百分点")).contains(Kind.RATE);
    assertThat(v.english("百分点")).isEqualTo("percentage points");
    assertThat(v.english("个")).isEmpty();
    assertThat(v.unitForms()).containsExactly("个百分点", "百分点", "个");
    assertThat(v.factor("万")).isEqualByComparingTo("10000");
    assertThat(v.bound("超")).contains(new Bound("超", Position.BEFORE, Sense.ABOVE, "more than"));
    assertThat(v.changes(Direction.UP)).containsExactly("增长");
    assertThat(v.ranks(RankRole.ORDINAL)).containsExactly("第");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "unknown\t万 => test.tsv line 8: unknown category 'unknown' (expected multiplier, unit, bound, change or rank)",
        "unit\t辆\tcount => test.tsv line 8: expected unit<TAB>forms<TAB>kind<TAB>English, found 3 columns",
        "unit\t辆\tvehicle\tvehicles => test.tsv line 8: unknown kind 'vehicle'",
        "unit\t辆||台\tcount\tvehicles => test.tsv line 8: empty alternative in '辆||台'",
        "unit\t百分点\trate\tpoints => test.tsv line 8: '百分点' is listed twice",
        "bound\t左右\tafter\tnear\tabout => test.tsv line 8: unknown sense 'near'",
        "change\t回落\tsideways => test.tsv line 8: unknown direction 'sideways'",
        "multiplier\t亿\tmany => test.tsv line 8: the factor of 亿 is not a number: 'many'"
      })
  void should_name_the_file_and_line_when_a_line_is_malformed(String line, String message) {
    // given
    String text = VALID + line.replace("\\t", "\t") + "\n";

    // when / then
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void should_fail_naming_the_file_when_a_category_is_missing() {
    // given
    String text = VALID.replace("rank\t第\tordinal\n", "");

    // when / then
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv: no 'rank' lines");
  }

  @Test
  void should_read_the_bundled_file_with_every_kind_of_unit_and_each_rate_in_both_widths() {
    // when
    QuantityVocabulary v = QuantityVocabulary.bundled();

    // then
    assertThat(v.units()).extracting(QuantityVocabulary.UnitWord::kind).contains(Kind.values());
    assertThat(v.unit("％").orElseThrow().name()).isEqualTo("%");
    assertThat(v.unit("个百分点").orElseThrow().name()).isEqualTo("百分点");
    assertThat(v.factor("亿")).isEqualByComparingTo(BigDecimal.valueOf(100_000_000));
    assertThat(v.unitForms().indexOf("千瓦时")).isLessThan(v.unitForms().indexOf("千瓦"));
    assertThat(v.unitForms().indexOf("人次")).isLessThan(v.unitForms().indexOf("人"));
  }
}
