package dev.reportqa.index;

/** Told how far a long build has come, so that a terminal can show it. */
@FunctionalInterface
public interface BuildProgress {

  /** Ignores all progress. */
  BuildProgress NONE = (stage, done, total) -> {};

  /**
   * @param stage what is being done, e.g. {@code "embedding"}
   * @param done units of work finished so far
   * @param total units of work in all
   */
  void update(String stage, int done, int total);
}
