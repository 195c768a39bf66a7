package dev.reportqa.query;

import dev.reportqa.nlp.ChineseNlp;
import dev.reportqa.nlp.EnglishChineseDictionary;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The general language resources a question is read with, beside the hand lexicons: HanLP for
 * Chinese (traditional characters, segmentation, parts of speech, named entities, CoreSynonym) and
 * ECDICT for English words the hand lexicon does not know (and their typos). Both load on first
 * use, from their compiled caches. Absent in the smallest tests, where the hand lexicons alone read
 * questions.
 */
public final class LanguageResources implements AutoCloseable {

  private static final LanguageResources NONE = new LanguageResources(null, null);

  private final ChineseNlp chinese;
  private final EnglishChineseDictionary english;

  private LanguageResources(ChineseNlp chinese, EnglishChineseDictionary english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** No general resources: the hand lexicons alone. */
  public static LanguageResources none() {
    return NONE;
  }

  /**
   * HanLP and ECDICT with their caches under a directory.
   *
   * @param cacheDir the application's cache directory; null to keep nothing between runs
   * @param warnings told one line for each cache problem
   */
  public static LanguageResources open(Path cacheDir, Consumer<String> warnings) {
    return new LanguageResources(
        ChineseNlp.open(cacheDir, warnings), EnglishChineseDictionary.open(cacheDir, warnings));
  }

  public Optional<ChineseNlp> chinese() {
    return Optional.ofNullable(chinese);
  }

  public Optional<EnglishChineseDictionary> english() {
    return Optional.ofNullable(english);
  }

  /**
   * Loads both now, e.g. on a background thread at start, so that a first question does not wait.
   */
  public void load() {
    load(true);
  }

  /** Loads Chinese, then English when asked, each unless the application is closing. */
  private void load(boolean withEnglish) {
    if (chinese != null && !closing) {
      chinese.load();
    }
    if (withEnglish && english != null && !closing) {
      english.load();
    }
  }

  private final java.util.concurrent.atomic.AtomicBoolean loading =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Starts {@link #load()} on a background daemon thread of low priority, once: the REPL while it
   * waits for a first question, a one-shot {@code ask} while the index and the model load.
   */
  public void loadInBackground() {
    loadInBackground(true);
  }

  /**
   * Starts loading on a background daemon thread, once, the English dictionary only when asked for:
   * a one-shot Chinese question does not use it, and on two cores its load only slows the start
   * down. Whatever is not loaded here loads at its first use.
   */
  public void loadInBackground(boolean withEnglish) {
    if (loading.compareAndSet(false, true)) {
      Thread t = new Thread(() -> load(withEnglish), "language-preload");
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      preload = t;
      t.start();
    }
  }

  private volatile boolean closing;
  private volatile Thread preload;

  /** Whether the background preload is still running. */
  boolean preloading() {
    Thread t = preload;
    return t != null && t.isAlive();
  }

  /** The longest {@link #close()} waits for a preload to finish the step it is in. */
  static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(30);

  /**
   * Stops the background preload before its next step and waits, at most {@link #CLOSE_WAIT}, for
   * the step it is in: a load writes its cache files into the cache directory, and must not go on
   * writing once the application is closing (a test's temporary directory is deleted then). Spring
   * calls this when the context closes.
   */
  public void close() {
    closing = true;
    Thread t = preload;
    if (t != null) {
      try {
        t.join(CLOSE_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The text in simplified characters. Converted only when it holds a character outside GB2312, the
   * simplified set, so that most questions never load the conversion table.
   */
  public String simplified(String text) {
    if (chinese == null || !hasNonSimplified(text)) {
      return text;
    }
    return chinese.toSimplified(text);
  }

  private static boolean hasNonSimplified(String text) {
    CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !gb2312.canEncode(c)) {
        return true;
      }
    }
    return false;
  }
}
