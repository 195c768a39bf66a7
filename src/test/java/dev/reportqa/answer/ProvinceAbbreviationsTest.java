package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A province named by its abbreviation joined with another's, and only so. */
class ProvinceAbbreviationsTest {

  private final ProvinceAbbreviations abbreviations = ProvinceAbbreviations.bundled();

  @Test
  void should_list_every_province_level_division_once() {
    assertThat(abbreviations.size()).isEqualTo(34);
  }

  @Test
  void should_read_a_place_in_a_pair_or_run_of_abbreviations() {
    assertThat(abbreviations.namesJoined("重庆", "深化川渝合作")).isTrue();
    assertThat(abbreviations.namesJoined("重庆市", "深化川渝合作")).isTrue();
    assertThat(abbreviations.namesJoined("河北省", "推进京津冀协同发展")).isTrue();
    assertThat(abbreviations.namesJoined("四川", "深化川渝合作")).isTrue();
  }

  @Test
  void should_not_read_a_lone_character_or_a_place_of_lower_level() {
    assertThat(abbreviations.namesJoined("重庆", "渝昆高铁开通运营")).isFalse();
    assertThat(abbreviations.namesJoined("青海", "培育新时代青年")).isFalse();
    assertThat(abbreviations.namesJoined("成都", "深化川渝合作")).isFalse();
  }

  @Test
  void should_name_the_line_of_a_malformed_table() {
    assertThatThrownBy(() -> ProvinceAbbreviations.parse(List.of("某某\t某某")))
        .hasMessageContaining("not one character: '某某'");
    assertThatThrownBy(() -> ProvinceAbbreviations.parse(List.of("某某")))
        .hasMessageContaining("not <name><TAB><abbreviations>: 某某");
  }
}
