package dev.reportqa.index;

import dev.reportqa.chunk.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over the units in an in-memory Lucene index. Three fields: the sentence's words (CJK
 * bigrams), the titles of its sections, and its quantities (number with unit as one token).
 */
public final class LexicalIndex {

  static final String ID = "id";
  static final String TEXT = "text";
  static final String SECTION = "section";
  static final String QUANTITY = "qty";

  /**
   * Weight of a match in the section titles relative to one in the sentence: titles name the topic
   * of a whole item ({@code 2.要聚链融合文旅行业}) and should break ties, not outrank the text.
   */
  static final float SECTION_WEIGHT = 0.3f;

  /** A quoted figure that matches exactly is strong evidence. */
  static final float QUANTITY_WEIGHT = 2.0f;

  private final List<Unit> units;
  private final Analyzer words = ReportAnalyzers.words();
  private final Analyzer quantities = ReportAnalyzers.quantities();
  private final IndexSearcher searcher;

  public LexicalIndex(List<Unit> units) {
    this.units = List.copyOf(units);
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(QUANTITY, quantities));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
      for (Unit u : this.units) {
        Document doc = new Document();
        doc.add(new StoredField(ID, u.id()));
        doc.add(new TextField(TEXT, u.text(), Field.Store.NO));
        doc.add(new TextField(SECTION, String.join(" ", u.sectionTitles()), Field.Store.NO));
        doc.add(new TextField(QUANTITY, u.text(), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
  }

  /**
   * Ranks units by BM25 against the weighted query text.
   *
   * @return at most {@code max} units with a positive score, best first; empty when no term of the
   *     query occurs in the report
   */
  public List<ScoredUnit> search(List<WeightedText> query, int max) {
    Query q = toQuery(query);
    if (q == null) {
      return List.of();
    }
    try {
      List<ScoredUnit> hits = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(q, max).scoreDocs) {
        int id = searcher.storedFields().document(sd.doc).getField(ID).numericValue().intValue();
        hits.add(new ScoredUnit(units.get(id), sd.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory search failed", e);
    }
  }

  /** The word terms (bigrams) of a text as this index sees them. */
  public List<String> terms(String text) {
    return ReportAnalyzers.terms(words, text);
  }

  private Query toQuery(List<WeightedText> query) {
    // One clause per distinct term, at the highest weight any piece gives it: a term repeated by
    // synonyms must not count twice.
    Map<String, Float> wordTerms = new LinkedHashMap<>();
    Map<String, Float> quantityTerms = new LinkedHashMap<>();
    for (WeightedText piece : query) {
      for (String t : ReportAnalyzers.terms(words, piece.text())) {
        wordTerms.merge(t, piece.weight(), Math::max);
      }
      for (String t : ReportAnalyzers.terms(quantities, piece.text())) {
        quantityTerms.merge(t, piece.weight(), Math::max);
      }
    }
    if (wordTerms.isEmpty() && quantityTerms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    wordTerms.forEach(
        (t, w) -> {
          b.add(boosted(new TermQuery(new Term(TEXT, t)), w), BooleanClause.Occur.SHOULD);
          b.add(
              boosted(new TermQuery(new Term(SECTION, t)), w * SECTION_WEIGHT),
              BooleanClause.Occur.SHOULD);
        });
    quantityTerms.forEach(
        (t, w) ->
            b.add(
                boosted(new TermQuery(new Term(QUANTITY, t)), w * QUANTITY_WEIGHT),
                BooleanClause.Occur.SHOULD));
    return b.build();
  }

  private static Query boosted(Query q, float weight) {
    return weight == 1f ? q : new BoostQuery(q, weight);
  }
}
