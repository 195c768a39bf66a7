package dev.reportqa.eval;

import dev.reportqa.source.LineLocator;
import dev.reportqa.source.Locator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Runs an evaluation set through a pipeline. Every item starts a fresh conversation, except a
 * followup, which is asked in the conversation of the item named by its {@code after}, right after
 * that item (and that item's own chain, if it is a followup too).
 */
public final class EvalRunner {

  /** One graded item. */
  public record Result(EvalItem item, EvalRecord record, Scorer.Verdict verdict) {}

  private EvalRunner() {}

  /**
   * @param progress told after each item: (items done, items in all)
   */
  public static List<Result> run(
      List<EvalItem> items, QaPipeline pipeline, BiConsumer<Integer, Integer> progress) {
    return run(items, pipeline, LineLocator.INSTANCE, progress, () -> false);
  }

  /**
   * Runs the items until they are done or {@code stop} says so, which it is asked before each item
   * and when an item fails (a failure caused by stopping, such as an interrupted model call, ends
   * the run instead of failing it).
   *
   * @param locator where the lines of the report's text are in its file, for the records' cited
   *     places and the reasons of wrong items
   * @param progress told after each item: (items done, items in all)
   * @return the results of the items run, in order: all of them, or fewer when stopped
   */
  public static List<Result> run(
      List<EvalItem> items,
      QaPipeline pipeline,
      Locator locator,
      BiConsumer<Integer, Integer> progress,
      BooleanSupplier stop) {
    Map<String, EvalItem> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    List<Result> results = new ArrayList<>(items.size());
    for (EvalItem item : items) {
      if (stop.getAsBoolean()) {
        break;
      }
      Result result;
      try {
        result = runOne(item, byId, pipeline, locator);
      } catch (RuntimeException e) {
        if (stop.getAsBoolean()) {
          break;
        }
        throw e;
      }
      results.add(result);
      progress.accept(results.size(), items.size());
    }
    return results;
  }

  private static Result runOne(
      EvalItem item, Map<String, EvalItem> byId, QaPipeline pipeline, Locator locator) {
    QaPipeline.Conversation conversation = pipeline.newConversation();
    for (EvalItem earlier : chainBefore(item, byId)) {
      conversation.ask(earlier.question());
    }
    long start = System.nanoTime();
    QaPipeline.Reply reply = conversation.ask(item.question());
    double ms = (System.nanoTime() - start) / 1e6;
    EvalRecord record =
        new EvalRecord(
            item.id(),
            item.question(),
            reply.answer(),
            reply.refused(),
            reply.citedLines(),
            reply.retrieved(),
            Math.round(ms * 10) / 10.0,
            reply.citedLines().stream().map(locator::place).toList());
    return new Result(item, record, Scorer.grade(item, record, locator));
  }

  /** The items to ask before a followup, oldest first. */
  static List<EvalItem> chainBefore(EvalItem item, Map<String, EvalItem> byId) {
    List<EvalItem> chain = new ArrayList<>();
    EvalItem current = item;
    while (current.after() != null) {
      current = byId.get(current.after());
      if (current == null || chain.contains(current)) {
        break;
      }
      chain.add(0, current);
    }
    return chain;
  }
}
