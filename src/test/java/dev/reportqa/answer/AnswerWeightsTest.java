package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer stage's tuning values come from one data file, checked key by key. */
class AnswerWeightsTest {

  private static Properties bundledFile() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        AnswerWeights.class.getClassLoader().getResourceAsStream(AnswerWeights.RESOURCE)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void should_read_every_weight_of_the_bundled_file() {
    // when
    AnswerWeights w = AnswerWeights.bundled();

    // then: the values the eval gates were reached with
    assertThat(w)
        .isEqualTo(
            new AnswerWeights(
                2.0, 1.0, 1.2, 0.8, 0.6, 0.002, 0.5, 0.3, 0.5, 0.25, 0.7, 0.7, 0.4, 0.9));
  }

  @Test
  void should_read_the_file_once() {
    // when / then
    assertThat(AnswerWeights.bundled()).isSameAs(AnswerWeights.bundled());
  }

  @Test
  void should_name_the_key_and_the_file_when_a_weight_is_missing() throws IOException {
    // given
    Properties p = bundledFile();
    p.remove("join-gain");

    // when / then
    assertThatThrownBy(() -> AnswerWeights.of(p, "w.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("answer weight 'join-gain' is missing from w.properties");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "score.own | two | answer weight 'score.own' in w.properties is not a number: 'two'",
        "anchor | 0,5 | answer weight 'anchor' in w.properties is not a number: '0,5'",
        "score.length | -0.002 | answer weight 'score.length' in w.properties must be 0 or more:"
            + " '-0.002'",
        "refuse-below | NaN | answer weight 'refuse-below' in w.properties must be 0 or more: 'NaN'"
      })
  void should_name_the_key_when_a_weight_is_not_a_number_of_0_or_more(
      String key, String value, String message) throws IOException {
    // given
    Properties p = bundledFile();
    p.setProperty(key, value);

    // when / then
    assertThatThrownBy(() -> AnswerWeights.of(p, "w.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }
}
