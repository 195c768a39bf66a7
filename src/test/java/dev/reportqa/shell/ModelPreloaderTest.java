package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.index.EmbeddingChoice;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Battery, issue 15 item 4: the context does not finish closing (and so {@code main} does not call
 * {@code System.exit}) while a preload is inside ONNX Runtime, and a load not yet there when the
 * context closes never gets there. The 15-run loop of the issue is the process-level check; see the
 * README's Reliability section.
 */
class ModelPreloaderTest {

  @TempDir Path dir;

  @Test
  void should_wait_for_a_running_preload_when_the_context_closes() {
    // given: a load begun on a fresh cache (a 95 MB copy, then the ONNX session)
    ModelPreloader preloader = new ModelPreloader();
    preloader.start(EmbeddingChoice.BGE_SMALL_ZH, dir);

    // when
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      preloader.onApplicationEvent(new ContextClosedEvent(context));
    }

    // then: nothing is loading any more, without waiting
    assertThat(preloader.awaitLoads(Duration.ZERO)).isTrue();
  }

  @Test
  void should_not_create_the_session_when_the_load_starts_after_the_context_closed() {
    // given
    ModelPreloader preloader = new ModelPreloader();
    assertThat(preloader.awaitLoads(Duration.ofSeconds(1))).isTrue();

    // when
    preloader.start(EmbeddingChoice.BGE_SMALL_ZH, dir);

    // then
    assertThat(preloader.take(EmbeddingChoice.BGE_SMALL_ZH)).isEmpty();
  }

  @Test
  void should_hand_the_language_resources_begun_at_start_to_the_same_cache_directory_only() {
    ModelPreloader preloader = new ModelPreloader();
    preloader.startLanguage(dir, false);

    assertThat(preloader.languageResources(dir)).isSameAs(preloader.languageResources(dir));
    assertThat(preloader.languageResources(dir.resolve("other")))
        .isNotSameAs(preloader.languageResources(dir));
  }

  @Test
  void should_leave_the_english_dictionary_out_of_a_chinese_one_shot_question() {
    assertThat(ModelPreloader.mayAskInEnglish(new String[] {"ask", "全年游客目标是多少？"})).isFalse();
    assertThat(ModelPreloader.mayAskInEnglish(new String[] {"ask", "--json", "全年GDP目标？"})).isTrue();
    assertThat(ModelPreloader.mayAskInEnglish(new String[] {"ask", "--json", "全年目标？"})).isFalse();
    assertThat(ModelPreloader.mayAskInEnglish(new String[] {"ask", "What", "was", "the", "target"}))
        .isTrue();
    assertThat(ModelPreloader.mayAskInEnglish(new String[] {"eval", "--file", "x.jsonl"})).isTrue();
    assertThat(ModelPreloader.mayAskInEnglish(new String[0])).isTrue();
  }
}
