package dev.reportqa.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background preload writes HanLP's and ECDICT's caches into the cache directory; once the
 * application closes it must write no more (a test's temporary directory is deleted then, and a
 * cleanup that finds new files fails).
 */
class LanguageResourcesTest {

  @TempDir Path dir;

  @Test
  void should_have_stopped_its_preload_when_closed() {
    LanguageResources resources = LanguageResources.open(dir, line -> {});
    resources.loadInBackground(true);

    assertThat(resources.preloading()).isTrue(); // a fresh cache: HanLP's and ECDICT's take seconds

    resources.close();

    assertThat(resources.preloading()).isFalse();
  }
}
