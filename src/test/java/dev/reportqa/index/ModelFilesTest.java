package dev.reportqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files copied out of the jar load the same model as the jar does. */
class ModelFilesTest {

  @TempDir Path dir;

  @Test
  void should_give_the_same_vectors_from_copied_files_as_from_the_jar() {
    // given
    var executor = Executors.newSingleThreadExecutor();
    EmbeddingModel fromJar = EmbeddingChoice.BGE_SMALL_ZH.load(executor);

    // when
    EmbeddingModel fromFiles = EmbeddingChoice.BGE_SMALL_ZH.load(executor, dir);

    // then
    float[] a = fromJar.embed("上半年实现地区生产总值").content().vector();
    float[] b = fromFiles.embed("上半年实现地区生产总值").content().vector();
    assertThat(b).containsExactly(a);
    Path folder = dir.resolve("bge-small-zh-" + EmbeddingChoice.BGE_SMALL_ZH.version());
    assertThat(folder.resolve(ModelFiles.COMPLETE)).exists();
    assertThat(folder.resolve("bge-small-zh-v1.5.onnx")).isNotEmptyFile();
  }

  @Test
  void should_fall_back_to_the_jar_when_the_files_cannot_be_copied() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");

    EmbeddingModel model =
        EmbeddingChoice.BGE_SMALL_ZH.load(Executors.newSingleThreadExecutor(), notADirectory);

    assertThat(model.embed("游客").content().vector()).hasSize(512);
  }

  @Test
  void should_copy_again_when_a_copy_did_not_finish() throws Exception {
    Path folder = dir.resolve("bge-small-zh-" + EmbeddingChoice.BGE_SMALL_ZH.version());
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("bge-small-zh-v1.5.onnx"), "half a file");

    var paths = ModelFiles.extract(EmbeddingChoice.BGE_SMALL_ZH, dir).orElseThrow();

    assertThat(Files.size(paths.model())).isGreaterThan(1_000_000);
  }
}
