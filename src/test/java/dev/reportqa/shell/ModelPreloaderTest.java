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
}
