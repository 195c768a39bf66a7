package dev.reportqa.shell;

import dev.reportqa.answer.AnswerEngine;
import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.retrieve.FusionWeights;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.ExtendedDefaultParser;
import org.springframework.shell.jline.PromptProvider;

/** Declares the pipeline and the shell around it. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

  @Bean
  QueryAnalyzer queryAnalyzer() {
    return QueryAnalyzer.withBundledLexicons();
  }

  @Bean
  AnswerTemplates answerTemplates(ReportQaProperties properties) {
    return AnswerTemplates.load(properties.prompts());
  }

  @Bean
  AnswerEngine answerEngine(QueryAnalyzer analyzer, AnswerTemplates templates) {
    return new AnswerEngine(analyzer, templates);
  }

  /** Threads for embedding: one per core, daemons so that they never hold the JVM open. */
  @Bean(destroyMethod = "shutdownNow")
  ExecutorService embeddingExecutor() {
    return Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(),
        r -> {
          Thread t = new Thread(r, "embedding");
          t.setDaemon(true);
          return t;
        });
  }

  @Bean
  ReportSession reportSession(
      ReportQaProperties properties,
      QueryAnalyzer analyzer,
      AnswerEngine engine,
      ExecutorService embeddingExecutor) {
    EmbeddingChoice embedding;
    try {
      embedding = EmbeddingChoice.parse(properties.embedding());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    ReportQaProperties.Fusion f = properties.fusion();
    return new ReportSession(
        properties.report(),
        embedding,
        new FusionWeights(f.lexical(), f.dense(), f.k()),
        analyzer,
        engine,
        embeddingExecutor);
  }

  @Bean
  ExitCodes exitCodes() {
    return new ExitCodes();
  }

  @Bean
  Progresses progresses() {
    return new Progresses(System.err, System.console() != null);
  }

  @Bean
  AnswerPrinter answerPrinter(AnswerTemplates templates) {
    return new AnswerPrinter(templates);
  }

  @Bean
  CommandExceptionResolver errorResolver(ShellContext context, ExitCodes exitCodes) {
    return new ErrorResolver(context, exitCodes, System.err);
  }

  @Bean
  PromptProvider promptProvider() {
    return () ->
        new AttributedString(
            "report-qa> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
  }

  @Bean
  ReportQaShellRunner reportQaShellRunner(
      Shell shell,
      ShellContext context,
      CommandCatalog catalog,
      LineReader lineReader,
      Parser parser,
      PromptProvider prompt,
      ExitCodes exitCodes,
      ReportSession session,
      Progresses progresses) {
    if (parser instanceof ExtendedDefaultParser p) {
      // An apostrophe in "What's the target?" must not open a quote that waits for more input.
      p.setEofOnUnclosedQuote(false);
    }
    Runnable beforeRepl =
        () -> {
          var terminal = lineReader.getTerminal().writer();
          var report = session.report();
          terminal.println(
              "report-qa — "
                  + report.name()
                  + " ("
                  + report.lineCount()
                  + " lines). Type a question, or help; exit to leave.");
          terminal.flush();
          session.assistant(progresses.forIndex(session));
        };
    return new ReportQaShellRunner(
        shell, context, catalog, lineReader, prompt, exitCodes, beforeRepl, System.err);
  }
}
