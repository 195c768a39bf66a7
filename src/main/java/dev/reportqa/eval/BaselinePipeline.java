package dev.reportqa.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;

/**
 * What a first try with the design's parts gives, for comparison: the whole report split by
 * langchain4j's recursive splitter (300 tokens, 30 overlap), all-MiniLM-L6-v2 embeddings in the
 * in-memory store, the top 3 by cosine, and the top segment as the answer. No refusal, no
 * follow-ups.
 */
public final class BaselinePipeline implements QaPipeline {

  static final int SEGMENT_TOKENS = 300;
  static final int OVERLAP_TOKENS = 30;
  static final int TOP_K = 3;

  private final String text;
  private final EmbeddingModel model;
  private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
  private final List<int[]> segmentLines = new ArrayList<>();

  /**
   * Splits and embeds the report.
   *
   * @param reportText the whole report file
   * @param model all-MiniLM-L6-v2 (or any model, for experiments)
   */
  public BaselinePipeline(String reportText, EmbeddingModel model) {
    this.text = reportText;
    this.model = model;
    DocumentSplitter splitter =
        DocumentSplitters.recursive(
            SEGMENT_TOKENS, OVERLAP_TOKENS, new HuggingFaceTokenCountEstimator());
    List<TextSegment> segments = splitter.split(Document.from(reportText));
    List<Embedding> vectors = model.embedAll(segments).content();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      ids.add(Integer.toString(i));
      segmentLines.add(linesOf(segments.get(i).text()));
    }
    store.addAll(ids, vectors, segments);
  }

  @Override
  public String name() {
    return "baseline";
  }

  /** Number of segments the splitter made. */
  public int segments() {
    return segmentLines.size();
  }

  @Override
  public Conversation newConversation() {
    return this::ask;
  }

  private Reply ask(String question) {
    EmbeddingSearchRequest request =
        EmbeddingSearchRequest.builder()
            .queryEmbedding(model.embed(question).content())
            .maxResults(TOP_K)
            .build();
    List<EmbeddingMatch<TextSegment>> matches = store.search(request).matches();
    List<EvalRecord.Retrieved> retrieved = new ArrayList<>();
    for (EmbeddingMatch<TextSegment> m : matches) {
      retrieved.add(new EvalRecord.Retrieved(lineList(m.embeddingId()), m.score()));
    }
    if (matches.isEmpty()) {
      return new Reply("", false, List.of(), retrieved);
    }
    EmbeddingMatch<TextSegment> top = matches.get(0);
    return new Reply(top.embedded().text(), false, lineList(top.embeddingId()), retrieved);
  }

  private List<Integer> lineList(String id) {
    int[] range = segmentLines.get(Integer.parseInt(id));
    List<Integer> lines = new ArrayList<>();
    for (int l = range[0]; l <= range[1]; l++) {
      lines.add(l);
    }
    return lines;
  }

  /**
   * The first and last line a segment covers: it is found in the report by its text (the splitter
   * keeps text verbatim), or by its first 20 characters when joins changed whitespace.
   */
  private int[] linesOf(String segment) {
    int at = text.indexOf(segment);
    int length = segment.length();
    if (at < 0) {
      at = text.indexOf(segment.substring(0, Math.min(20, segment.length())));
    }
    if (at < 0) {
      return new int[] {1, 1};
    }
    int first = lineAt(at);
    int last = lineAt(Math.min(text.length() - 1, at + length - 1));
    return new int[] {first, last};
  }

  private int lineAt(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
