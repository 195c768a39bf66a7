package dev.reportqa.index;

import dev.reportqa.chunk.Quantities;
import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The Lucene analyzers of the lexical index, shared by indexing and querying. */
public final class ReportAnalyzers {

  /** Bounds written around a figure; dropped so that 3亿元 finds 超 3 亿元. */
  private static final Pattern BOUNDS = bounds(QuantityVocabulary.bundled());

  private ReportAnalyzers() {}

  private static Pattern bounds(QuantityVocabulary v) {
    return Pattern.compile(
        "^(?:"
            + QuantityVocabulary.alternation(v.bounds(Position.BEFORE))
            + ")|(?:"
            + QuantityVocabulary.alternation(v.bounds(Position.AFTER))
            + ")$|"
            + QuantityVocabulary.alternation(v.bounds(Position.INNER)));
  }

  /**
   * Words: Unicode word breaks, full-width folded, lower case, CJK characters as overlapping
   * bigrams (a lone character stays a unigram). Numbers such as {@code 12.5} stay whole. Measured
   * the strongest single ranker on the bundled report (docs/design.md, Measured facts: hit@1 0.87).
   */
  public static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /**
   * Quantities only: each number with its unit as one token, spaces removed: {@code 800 万人次} →
   * {@code 800万人次}, {@code 超 3 亿元} → {@code 3亿元}. So that a question quoting a figure finds the
   * sentence that has it.
   */
  public static Analyzer quantities() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new PatternTokenizer(Quantities.PATTERN, 0);
        TokenStream stream = new PatternReplaceFilter(source, Pattern.compile("\\s+"), "", true);
        stream = new PatternReplaceFilter(stream, BOUNDS, "", true);
        stream = new CJKWidthFilter(stream);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** The terms an analyzer makes of a text, in order, duplicates kept. */
  public static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis failed on in-memory text", e);
    }
    return terms;
  }
}
