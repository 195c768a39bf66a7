package dev.reportqa.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.WeightedText;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's own place is not searched for; the subject keeps it. */
class OwnPlaceTest {

  private static final Set<String> OWN = Set.of("西塘镇", "西塘");

  @Test
  void should_search_without_the_reports_own_place() {
    // given
    AnalyzedQuery q = TestIndex.analyzer().analyze("What was Xitang's GDP in the first half?");

    // when
    AnalyzedQuery searched = q.withoutPlaces(OWN, words -> false);

    // then
    assertThat(q.subjectTerms()).contains("西塘");
    assertThat(searched.subjectTerms()).isEqualTo(q.subjectTerms());
    assertThat(searched.lexicalQuery()).extracting(WeightedText::text).doesNotContain("西塘");
    assertThat(searched.denseQuery()).doesNotContain("西塘");
  }

  @Test
  void should_keep_a_place_the_report_writes_as_part_of_a_name() {
    // given
    AnalyzedQuery q = TestIndex.analyzer().analyze("What is the Xitang spirit?");

    // when / then
    assertThat(q.withoutPlaces(OWN, words -> words.equals("西塘精神"))).isSameAs(q);
  }
}
