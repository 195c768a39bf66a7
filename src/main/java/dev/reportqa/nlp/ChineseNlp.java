package dev.reportqa.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Chinese with HanLP (portable 1.8.6): traditional to simplified characters, segmentation with
 * parts of speech and offsets, named entities (places, persons, organisations) and synonyms from
 * the CoreSynonym thesaurus.
 *
 * <p>Nothing is loaded when this is made; each facility loads what it needs at its first use:
 * conversion its character table, segmentation HanLP's dictionaries and recognisers (about half a
 * second), synonyms the thesaurus. HanLP's own caches go to {@code
 * <cacheDir>/nlp/hanlp-<version>-h1/} (see {@link HanLpCacheAdapter}), so the second start reads
 * what the first one built. HanLP's configuration is global to the JVM: the first instance used
 * decides the cache directory.
 *
 * <p>Every method takes any string and never throws for its content. Safe for use by several
 * threads.
 */
public final class ChineseNlp {

  private final Path cacheDir;
  private final Consumer<String> warnings;
  private volatile Segment segmenter;
  private volatile CoreSynonyms thesaurus;

  private ChineseNlp(Path cacheDir, Consumer<String> warnings) {
    this.cacheDir = cacheDir;
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * HanLP, configured at its first use.
   *
   * @param cacheDir the application's cache directory ({@code reportqa.cache-dir}); null to save
   *     nothing (every start then builds HanLP's caches in memory again)
   * @param warnings told one line, without a trailing newline, for each cache problem
   */
  public static ChineseNlp open(Path cacheDir, Consumer<String> warnings) {
    return new ChineseNlp(cacheDir, warnings);
  }

  /**
   * Loads what every question uses, the segmenter with its recognisers, now rather than at its
   * first use, e.g. on a background thread while the index loads. The conversion table and the
   * thesaurus (about 0.2 s each) are left to their first use: only text outside the simplified
   * character set needs the one, and only a word the report does not use as asked the other.
   */
  public void load() {
    HanLpSetup.configure(cacheDir, warnings);
    segmenter();
  }

  /** HanLP's cache folder in force, once HanLP is configured; empty without a cache directory. */
  public Optional<Path> cacheRoot() {
    return HanLpSetup.configure(cacheDir, warnings);
  }

  /**
   * The text in simplified characters: 這份報告 → 这份报告. Simplified text comes back as it was. A few
   * phrases change length (士多啤梨 → 草莓), so offsets into the result need not match the input.
   */
  public String toSimplified(String text) {
    HanLpSetup.configure(cacheDir, warnings);
    if (text.isEmpty()) {
      // Still loads the table, so that load() and the first real call cost the same.
      HanLP.convertToSimplifiedChinese("");
      return text;
    }
    return HanLP.convertToSimplifiedChinese(text);
  }

  /**
   * The words of a text with their parts of speech and offsets, in order; white space is not a
   * word. Places, persons and organisations are recognised ({@link Token#entityType()}), so 杭州市西湖区
   * gives 杭州市/ns and 西湖区/ns. Traditional characters are not converted first: call {@link
   * #toSimplified} for that.
   */
  public List<Token> segment(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<Term> terms = segmenter().seg(text);
    List<Token> tokens = new ArrayList<>(terms.size());
    for (Term t : terms) {
      if (t.word.isBlank()) {
        continue;
      }
      String tag = t.nature == null ? "x" : t.nature.toString();
      tokens.add(new Token(t.word, tag, t.offset));
    }
    return List.copyOf(tokens);
  }

  /** The places, persons and organisations of a text, in order: {@link #segment}'s tagged words. */
  public List<Entity> entities(String text) {
    List<Entity> entities = new ArrayList<>();
    for (Token t : segment(text)) {
      t.entityType().ifPresent(type -> entities.add(new Entity(t.word(), type, t.offset())));
    }
    return List.copyOf(entities);
  }

  /**
   * A Chinese word in toneless Hanyu Pinyin, syllables run together, lower case: 长春 → changchun,
   * 呼和浩特 → huhehaote. HanLP reads polyphones by word (长春 is chang, not zhang). Characters without a
   * reading are dropped.
   */
  public String pinyin(String word) {
    HanLpSetup.configure(cacheDir, warnings);
    StringBuilder out = new StringBuilder();
    for (com.hankcs.hanlp.dictionary.py.Pinyin p : HanLP.convertToPinyinList(word)) {
      if (p != com.hankcs.hanlp.dictionary.py.Pinyin.none5) {
        out.append(p.getPinyinWithoutTone());
      }
    }
    return out.toString().replace("ü", "v").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The true synonyms of a word from CoreSynonym (its {@code =} groups: 农村 → 乡村, 乡间, 乡下 …), in the
   * thesaurus's order, without the word. Related words of one kind ({@code #} groups: 外贸 beside 内贸
   * and 边贸) are not synonyms and are not returned.
   *
   * @return empty when the thesaurus has no synonym for the word
   */
  public List<String> synonyms(String word) {
    return thesaurus().synonyms(word.strip());
  }

  private Segment segmenter() {
    Segment s = segmenter;
    if (s == null) {
      synchronized (this) {
        s = segmenter;
        if (s == null) {
          HanLpSetup.configure(cacheDir, warnings);
          s =
              HanLP.newSegment()
                  .enablePlaceRecognize(true)
                  .enableOrganizationRecognize(true)
                  .enableOffset(true);
          // The first segmentation loads the dictionaries; done here so that it happens once.
          s.seg("预热");
          segmenter = s;
        }
      }
    }
    return s;
  }

  private CoreSynonyms thesaurus() {
    CoreSynonyms t = thesaurus;
    if (t == null) {
      synchronized (this) {
        t = thesaurus;
        if (t == null) {
          try {
            t = CoreSynonyms.load();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP's synonym thesaurus", e);
          }
          thesaurus = t;
        }
      }
    }
    return t;
  }
}
