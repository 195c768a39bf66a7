package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import java.util.Optional;

/**
 * A stage that answers some questions outright, from the report's structure rather than by scoring
 * clauses: its metadata ({@link ReportFacts}), the terms it defines ({@link Definitions}), the
 * items a quoted word opens ({@link QuotedItems}), the items of a section ({@link SectionLists}).
 */
@FunctionalInterface
interface DirectAnswerer {

  /**
   * @return the answer, or empty when the question is not of the kind this stage answers; then the
   *     next stage reads it
   */
  Optional<Answer> answer(AnalyzedQuery query, Evidence evidence);
}
