package dev.reportqa.shell;

import dev.reportqa.llm.LlmSettings;
import org.springframework.shell.command.annotation.Command;

/** {@code config}: the settings in force, so that a user can check them; the key stays masked. */
@Command
final class ConfigCommands {

  private final ReportQaProperties properties;
  private final LlmSettings llm;

  ConfigCommands(ReportQaProperties properties, LlmSettings llm) {
    this.properties = properties;
    this.llm = llm;
  }

  @Command(command = "config", description = "Show the settings in force (the API key masked)")
  String config() {
    ReportQaProperties.Fusion f = properties.fusion();
    StringBuilder out = new StringBuilder();
    row(out, "report", properties.report().toAbsolutePath().normalize().toString());
    row(out, "embedding", properties.embedding());
    row(
        out,
        "prompts",
        properties.prompts() == null ? "(bundled in the jar)" : properties.prompts().toString());
    row(out, "fusion", "lexical " + f.lexical() + ", dense " + f.dense() + ", k " + f.k());
    row(
        out,
        "index cache",
        properties.cacheDir() == null
            ? "off (set REPORTQA_CACHE_DIR to a directory to turn it on)"
            : properties.cacheDir().toAbsolutePath().normalize().toString());
    if (!llm.enabled()) {
      row(out, "llm", "off (set REPORTQA_LLM=openai or ollama to turn it on)");
      return out.toString().stripTrailing();
    }
    row(out, "llm", llm.provider().id());
    row(out, "llm base URL", llm.displayBaseUrl());
    row(out, "llm model", llm.model());
    row(out, "llm API key", llm.maskedKey());
    row(out, "llm timeout", llm.timeout().toSeconds() + " s");
    row(out, "llm passages", Integer.toString(llm.passages()));
    return out.toString().stripTrailing();
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append(String.format("%-14s %s%n", name, value));
  }
}
