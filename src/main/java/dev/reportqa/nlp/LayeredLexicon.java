package dev.reportqa.nlp;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Several lexicons consulted in order, the first that knows a phrase answering it: the hand lexicon
 * of a work report's words before the general dictionary, so that a word the project has chosen
 * ("gdp" → 地区生产总值) is not replaced by the dictionary's ("gdp" → 鸟苷二磷酸).
 */
public final class LayeredLexicon implements EnglishLexicon {

  private final List<EnglishLexicon> layers;

  /**
   * @param layers the lexicons, the one consulted first first; at least one
   */
  public LayeredLexicon(List<EnglishLexicon> layers) {
    this.layers = List.copyOf(layers);
    if (this.layers.isEmpty()) {
      throw new IllegalArgumentException("a layered lexicon needs at least one layer");
    }
  }

  public List<EnglishLexicon> layers() {
    return layers;
  }

  /** The layers' names joined by " > ", first layer first. */
  @Override
  public String name() {
    return layers.stream().map(EnglishLexicon::name).collect(Collectors.joining(" > "));
  }

  /** The words of the first layer that knows the phrase. */
  @Override
  public List<String> translations(String phrase) {
    return translate(phrase).map(PhraseMatch::translations).orElse(List.of());
  }

  /**
   * The phrase's words and the layer they come from.
   *
   * @param phrase an English word or phrase; lower-cased and its spaces made single first
   * @return the first layer's answer as a match over the phrase's words; empty when no layer knows
   *     it
   */
  public Optional<PhraseMatch> translate(String phrase) {
    String key = Keys.normalize(phrase);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    int words = key.split(" ").length;
    for (EnglishLexicon layer : layers) {
      List<String> chinese = layer.translations(key);
      if (!chinese.isEmpty()) {
        return Optional.of(new PhraseMatch(0, words, key, chinese, layer.name()));
      }
    }
    return Optional.empty();
  }

  @Override
  public int maxPhraseWords() {
    return layers.stream().mapToInt(EnglishLexicon::maxPhraseWords).max().orElseThrow();
  }

  /**
   * The longest phrase any layer knows from the token; between phrases of equal length, the earlier
   * layer's. A longer phrase of a later layer wins over a shorter one of an earlier layer ("gross
   * domestic product" over "gross"), as a longer phrase is the more specific reading.
   */
  @Override
  public Optional<PhraseMatch> longestMatch(List<String> tokens, int from) {
    Optional<PhraseMatch> best = Optional.empty();
    for (EnglishLexicon layer : layers) {
      Optional<PhraseMatch> m = layer.longestMatch(tokens, from);
      if (m.isPresent() && (best.isEmpty() || m.get().end() > best.get().end())) {
        best = m;
      }
    }
    return best;
  }
}
