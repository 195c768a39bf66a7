package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A failure while starting reads like a failed command: one line and an exit code. */
class StartupFailureTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

  @Test
  void should_print_the_setting_problem_and_exit_2_when_a_bean_fails_on_a_bad_setting() {
    // given
    Exception failure =
        new BeanCreationException(
            "reportSession",
            "Failed to instantiate",
            new UsageException(
                "unknown embedding model 'foo' — use one of: bge-small-zh, all-minilm"));

    // when
    int code = StartupFailure.report(failure, stream);

    // then
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: unknown embedding model 'foo' — use one of: bge-small-zh, all-minilm\n");
  }

  @Test
  void should_print_the_deepest_named_cause_and_exit_1_when_a_file_is_broken() {
    // given: Spring wraps in an IllegalStateException of its own too
    Exception failure =
        new IllegalStateException(
            "Failed to execute ApplicationRunner",
            new BeanCreationException(
                "reportSession",
                "Failed to instantiate",
                new IllegalStateException("prompt file not found: prompts/llm-answer.txt")));

    // when
    int code = StartupFailure.report(failure, stream);

    // then
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: prompt file not found: prompts/llm-answer.txt\n");
  }

  @Test
  void should_name_the_exception_and_exit_1_when_the_cause_is_unexpected() {
    // when
    int code =
        StartupFailure.report(
            new BeanCreationException("x", "Failed", new NullPointerException("boom")), stream);

    // then
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: NullPointerException: boom\n");
  }

  @Test
  void should_name_the_property_and_its_origin_and_exit_2_when_a_value_cannot_be_read() {
    // given
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                "systemEnvironment", Map.of("REPORTQA_FUSION_K", "sixty")));
    Exception failure =
        catchException(
            () -> Binder.get(environment).bind("reportqa", ReportQaProperties.class).get());

    // when
    int code = StartupFailure.report(failure, stream);

    // then
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "error: cannot read reportqa.fusion.k: For input string: \"sixty\""
                + " (\"REPORTQA_FUSION_K\" from property source \"systemEnvironment\")\n");
  }
}
