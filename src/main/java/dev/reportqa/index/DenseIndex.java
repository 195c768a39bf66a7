package dev.reportqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.reportqa.chunk.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Cosine similarity between the question and every unit, in langchain4j's {@link
 * InMemoryEmbeddingStore}. Search is a brute-force scan: O(units × dimensions) per question.
 */
public final class DenseIndex {

  private final EmbeddingChoice choice;
  private final Supplier<EmbeddingModel> model;
  private final List<Unit> units;
  private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

  /**
   * @param choice which model made the vectors
   * @param model the same model, to embed questions; asked for on the first search only
   * @param units the units, in id order
   * @param vectors one embedding per unit, same order
   */
  public DenseIndex(
      EmbeddingChoice choice,
      Supplier<EmbeddingModel> model,
      List<Unit> units,
      List<Embedding> vectors) {
    this.choice = Objects.requireNonNull(choice, "choice");
    this.model = Objects.requireNonNull(model, "model");
    this.units = List.copyOf(units);
    if (vectors.size() != units.size()) {
      throw new IllegalArgumentException(
          "need one vector per unit: " + vectors.size() + " vectors, " + units.size() + " units");
    }
    List<String> ids = new ArrayList<>(units.size());
    List<TextSegment> segments = new ArrayList<>(units.size());
    for (Unit u : this.units) {
      ids.add(Integer.toString(u.id()));
      segments.add(TextSegment.from(u.text()));
    }
    store.addAll(ids, vectors, segments);
  }

  public EmbeddingChoice choice() {
    return choice;
  }

  /** The text embedded for a unit: the sentence as it reads. */
  public static String passageText(Unit unit) {
    return unit.text();
  }

  /**
   * Ranks units by cosine similarity to the question.
   *
   * @return at most {@code max} units, best first, scores in [0, 1] as the store reports them
   */
  public List<ScoredUnit> search(String question, int max) {
    Embedding q = model.get().embed(choice.queryInstruction() + question).content();
    return search(q, max);
  }

  /** Ranks units by cosine similarity to an already embedded question. */
  public List<ScoredUnit> search(Embedding question, int max) {
    EmbeddingSearchRequest request =
        EmbeddingSearchRequest.builder()
            .queryEmbedding(question)
            .maxResults(max)
            .minScore(0.0)
            .build();
    List<ScoredUnit> hits = new ArrayList<>();
    for (EmbeddingMatch<TextSegment> m : store.search(request).matches()) {
      hits.add(new ScoredUnit(units.get(Integer.parseInt(m.embeddingId())), m.score()));
    }
    return hits;
  }
}
