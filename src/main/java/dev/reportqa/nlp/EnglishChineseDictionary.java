package dev.reportqa.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English to Chinese from ECDICT (about 770,000 English headwords and phrases), read from {@code
 * ecdict.csv} in the {@code com.codeinchinese:english-chinese-dictionary} jar.
 *
 * <p>Nothing is read when this is made. The first lookup loads the compiled dictionary from the
 * cache directory ({@code <cache>/nlp/ecdict-<version>-f<format>.dict}, memory-mapped: tens of
 * milliseconds) or, the first time, compiles the CSV into it (seconds) and saves it. A saved file
 * that is truncated, corrupt, of another format or dictionary version is reported in one line to
 * the warnings, deleted and compiled again; a cache directory that cannot be written is reported
 * and the compiled dictionary kept in memory. Without a cache directory the CSV is compiled at each
 * first lookup.
 *
 * <p>Every method takes any string and never throws for its content; words are lower-cased and
 * their white space made single. Safe for use by several threads.
 */
public final class EnglishChineseDictionary implements EnglishLexicon {

  private static final Logger log = LoggerFactory.getLogger(EnglishChineseDictionary.class);

  /** The CSV in the dictionary's jar. */
  static final String CSV_RESOURCE = "ecdict.csv";

  /** Where the jar says its version. */
  static final String POM_PROPERTIES =
      "META-INF/maven/com.codeinchinese/english-chinese-dictionary/pom.properties";

  /** The sub-folder of the cache directory for the language caches. */
  static final String CACHE_FOLDER = "nlp";

  private final Source source;
  private final Path file;
  private final Consumer<String> warnings;
  private volatile CompiledDictionary compiled;

  private EnglishChineseDictionary(Source source, Path cacheDir, Consumer<String> warnings) {
    this.source = Objects.requireNonNull(source, "source");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.file =
        cacheDir == null
            ? null
            : cacheDir
                .toAbsolutePath()
                .normalize()
                .resolve(CACHE_FOLDER)
                .resolve(
                    "ecdict-"
                        + source.version().replaceAll("[^A-Za-z0-9._-]", "_")
                        + "-f"
                        + CompiledDictionary.FORMAT
                        + ".dict");
  }

  /**
   * The dictionary of the jar on the classpath, loaded at its first use.
   *
   * @param cacheDir the application's cache directory ({@code reportqa.cache-dir}); null for none
   * @param warnings told one line, without a trailing newline, for each cache problem
   */
  public static EnglishChineseDictionary open(Path cacheDir, Consumer<String> warnings) {
    return new EnglishChineseDictionary(Source.classpath(), cacheDir, warnings);
  }

  /** A dictionary compiled from another CSV: for tests. */
  static EnglishChineseDictionary open(Source source, Path cacheDir, Consumer<String> warnings) {
    return new EnglishChineseDictionary(source, cacheDir, warnings);
  }

  /** "ECDICT" and the dictionary jar's version. */
  @Override
  public String name() {
    return "ECDICT " + source.version();
  }

  /** The dictionary jar's version, part of the cache file's key. */
  public String version() {
    return source.version();
  }

  /** The compiled file, whether or not it exists yet; empty without a cache directory. */
  public Optional<Path> cacheFile() {
    return Optional.ofNullable(file);
  }

  /**
   * Loads the dictionary now rather than at the first lookup, e.g. on a background thread while the
   * application starts.
   */
  public void load() {
    compiled();
  }

  /** Whether the dictionary is loaded. */
  public boolean isLoaded() {
    return compiled != null;
  }

  /**
   * The Chinese words of an English word or phrase: "fixed assets" → [固定资产]; "subsidy" → [补助金, 津贴,
   * 补贴]. Parts of speech, domain tags ({@code [经]}), bracketed notes and English are removed, and
   * the senses split into words, in the dictionary's order. An inflection ("subsidies") has the
   * words its own row gives, which may be fewer than its base form's ({@link #baseForm}).
   *
   * @return empty when the phrase is not a headword, never null
   */
  @Override
  public List<String> translations(String phrase) {
    return compiled().find(Keys.normalize(phrase)).map(r -> r.translations()).orElse(List.of());
  }

  /**
   * ECDICT's phrases have up to 16 words; the FST walk of {@link #longestMatch} needs no window.
   */
  @Override
  public int maxPhraseWords() {
    return Integer.MAX_VALUE;
  }

  /**
   * The longest headword with translations that the tokens spell from {@code from}, multi-word
   * phrases before their first word: tokens [gross, domestic, product, growth] from 0 give "gross
   * domestic product" (0 to 3). Tokens are matched as written, lower-cased; no base forms are
   * tried.
   *
   * @throws IndexOutOfBoundsException when {@code from} is outside {@code 0..tokens.size()}
   */
  @Override
  public Optional<PhraseMatch> longestMatch(List<String> tokens, int from) {
    if (from < 0 || from > tokens.size()) {
      throw new IndexOutOfBoundsException("from " + from + " of " + tokens.size() + " tokens");
    }
    List<String> keys = new ArrayList<>(tokens.size() - from);
    for (String t : tokens.subList(from, tokens.size())) {
      String k = Keys.normalize(t);
      if (k.isEmpty() || k.indexOf(' ') >= 0) {
        break;
      }
      keys.add(k);
    }
    return compiled()
        .longest(keys, 0)
        .map(
            m ->
                new PhraseMatch(
                    from,
                    from + m.end(),
                    String.join(" ", keys.subList(0, m.end())),
                    m.record().translations(),
                    name()));
  }

  /**
   * The base form of an inflected word, from ECDICT's {@code exchange} column: "subsidies" →
   * "subsidy", "built" → "build", "roads" → "road".
   *
   * @return empty for a base form, or a word the dictionary does not know
   */
  public Optional<String> baseForm(String word) {
    return compiled()
        .find(Keys.normalize(word))
        .map(CompiledDictionary.Record::lemma)
        .filter(l -> !l.isEmpty());
  }

  /**
   * The frequency rank of a headword, the better of ECDICT's British National Corpus and
   * contemporary corpus ranks: 1 for "the", about 800 for "investment".
   *
   * @return empty when the word is unknown or has no rank (most phrases and rare words)
   */
  public OptionalInt frequencyRank(String word) {
    return compiled()
        .find(Keys.normalize(word))
        .filter(r -> r.rank() > 0)
        .map(r -> OptionalInt.of(r.rank()))
        .orElse(OptionalInt.empty());
  }

  /**
   * The words a misspelt word was likely meant as: "investmnet" → [investment]. Candidates are the
   * plain words of known frequency and their inflections (about 90,000) that begin with the same
   * letter, within one edit for words of 4 to 7 letters and two edits from 8 letters on (an edit:
   * insert, delete or change a letter, or swap two neighbours). Those with the fewest edits are
   * returned, the most frequent first, at most five.
   *
   * <p>A rare headword is not a common word, so it gets corrections too: ECDICT lists some
   * misspellings as headwords ("infrastucture"). Ask for corrections when a word's own translations
   * do not help.
   *
   * @return empty for a common word, a word shorter than 4 letters, a phrase, or nothing close
   *     enough
   */
  public List<String> corrections(String word) {
    String key = Keys.normalize(word);
    CompiledDictionary d = compiled();
    if (key.isEmpty() || key.indexOf(' ') >= 0 || d.isCommonWord(key)) {
      return List.of();
    }
    return d.nearest(key);
  }

  /**
   * Whether a word is a common English word: one of known frequency in ECDICT's corpora, or an
   * inflection of one. These are the words {@link #corrections} proposes.
   */
  public boolean isCommonWord(String word) {
    return compiled().isCommonWord(Keys.normalize(word));
  }

  private CompiledDictionary compiled() {
    CompiledDictionary d = compiled;
    if (d == null) {
      synchronized (this) {
        d = compiled;
        if (d == null) {
          d = loadOrCompile();
          compiled = d;
        }
      }
    }
    return d;
  }

  private CompiledDictionary loadOrCompile() {
    if (file != null) {
      Optional<CompiledDictionary> saved = loadSaved();
      if (saved.isPresent()) {
        return saved.get();
      }
    }
    long start = System.nanoTime();
    byte[] bytes;
    try (Reader csv = source.open()) {
      bytes = DictionaryCompiler.compile(csv, source.version());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the English dictionary (" + source + "): " + CacheFiles.reason(e), e);
    }
    log.info(
        "compiled the English dictionary {} in {} ms ({} bytes)",
        source,
        (System.nanoTime() - start) / 1_000_000,
        bytes.length);
    if (file != null && save(bytes)) {
      Optional<CompiledDictionary> saved = loadSaved();
      if (saved.isPresent()) {
        return saved.get();
      }
    }
    try {
      return CompiledDictionary.open(ByteBuffer.wrap(bytes), source.version());
    } catch (CompiledDictionary.Unusable e) {
      throw new IllegalStateException("the English dictionary just compiled " + e.getMessage(), e);
    }
  }

  private Optional<CompiledDictionary> loadSaved() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    ByteBuffer bytes;
    try {
      bytes = CacheFiles.map(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return discard("cannot be read (" + CacheFiles.reason(e) + ")");
    }
    try {
      return Optional.of(CompiledDictionary.open(bytes, source.version()));
    } catch (CompiledDictionary.Unusable e) {
      return discard(e.getMessage());
    }
  }

  private Optional<CompiledDictionary> discard(String problem) {
    warnings.accept("english dictionary cache " + file + " " + problem + "; rebuilding");
    CacheFiles.deleteQuietly(file);
    return Optional.empty();
  }

  private boolean save(byte[] bytes) {
    try {
      if (Files.exists(file.getParent()) && !Files.isDirectory(file.getParent())) {
        throw new IOException("not a directory: " + file.getParent());
      }
      CacheFiles.writeAtomically(file, bytes);
      return true;
    } catch (IOException | RuntimeException e) {
      warnings.accept(
          "english dictionary cache "
              + file
              + " cannot be written ("
              + CacheFiles.reason(e)
              + "); going on without saving it");
      return false;
    }
  }

  /**
   * Where the CSV comes from and its version, the key of the compiled file.
   *
   * @param version the dictionary's version
   * @param resource the CSV's class-path resource name
   */
  record Source(String version, String resource) {

    Source {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(resource, "resource");
    }

    /** The jar's CSV and its version (from the jar's Maven properties; "unknown" without them). */
    static Source classpath() {
      String version = "unknown";
      try (InputStream in = resource(POM_PROPERTIES)) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          version = p.getProperty("version", version).strip();
        }
      } catch (IOException e) {
        log.info("cannot read {}: {}", POM_PROPERTIES, e.toString());
      }
      return new Source(version, CSV_RESOURCE);
    }

    Reader open() throws IOException {
      InputStream in = resource(resource);
      if (in == null) {
        throw new NoSuchFileException(
            resource
                + " is not on the class path (the jar com.codeinchinese:english-chinese-dictionary)");
      }
      return new InputStreamReader(new BufferedInputStream(in, 1 << 16), StandardCharsets.UTF_8);
    }

    private static InputStream resource(String name) {
      return EnglishChineseDictionary.class.getClassLoader().getResourceAsStream(name);
    }

    @Override
    public String toString() {
      return resource + " " + version;
    }
  }
}
