package dev.reportqa.shell;

import dev.langchain4j.model.chat.ChatModel;
import dev.reportqa.answer.AnswerEngine;
import dev.reportqa.answer.AnswerRefiner;
import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.answer.Assistant;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexCache;
import dev.reportqa.llm.ChatModels;
import dev.reportqa.llm.LlmAnswerRefiner;
import dev.reportqa.llm.LlmSettings;
import dev.reportqa.llm.PassageSearch;
import dev.reportqa.llm.PromptFiles;
import dev.reportqa.query.LanguageResources;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.retrieve.FusionWeights;
import dev.reportqa.source.TextCache;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.shell.boot.TerminalCustomizer;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.config.ShellConversionServiceSupplier;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.ExtendedDefaultParser;
import org.springframework.shell.jline.PromptProvider;

/** Declares the pipeline and the shell around it. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

  /**
   * HanLP and ECDICT, loaded at their first use from their caches in the cache directory (each
   * problem with a cache one warning line on standard error).
   */
  @Bean
  LanguageResources languageResources(
      ReportQaProperties properties, ObjectProvider<ModelPreloader> preloader) {
    ModelPreloader begun = preloader.getIfAvailable();
    return begun != null
        ? begun.languageResources(properties.cacheDir())
        : LanguageResources.open(properties.cacheDir(), ModelPreloader::warn);
  }

  @Bean
  QueryAnalyzer queryAnalyzer(LanguageResources resources) {
    return QueryAnalyzer.withBundledLexicons(resources);
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

  /** The LLM settings in force; a wrong one fails at start with a message naming it. */
  @Bean
  LlmSettings llmSettings(LlmProperties properties, Environment environment) {
    return properties.settings(environment.getProperty("OPENAI_API_KEY"));
  }

  /**
   * Makes the LLM refiner of a conversation when LLM mode is on, else null. The prompt files are
   * loaded (and their placeholders checked) here, at start, and only in LLM mode.
   */
  static Function<PassageSearch, AnswerRefiner> llmRefiners(
      LlmSettings settings, Path prompts, AnswerTemplates templates) {
    if (!settings.enabled()) {
      return null;
    }
    PromptFiles files = PromptFiles.load(prompts);
    ChatModel model = ChatModels.create(settings);
    return search -> new LlmAnswerRefiner(model, settings, files, search);
  }

  /**
   * The cache of embedded vectors in a directory, each problem one line on standard error; null
   * when the directory setting is empty, which turns the cache off.
   */
  static IndexCache indexCache(Path directory, PrintStream err) {
    if (directory == null) {
      return null;
    }
    return new IndexCache(directory, warnings(err));
  }

  /** Prints each warning as one line, {@code warning: …}. */
  static Consumer<String> warnings(PrintStream err) {
    return line -> {
      err.println("warning: " + line);
      err.flush();
    };
  }

  @Bean
  ReportSession reportSession(
      ReportQaProperties properties,
      QueryAnalyzer analyzer,
      AnswerEngine engine,
      ExecutorService embeddingExecutor,
      LlmSettings llmSettings,
      AnswerTemplates templates,
      ObjectProvider<ModelPreloader> preloader) {
    EmbeddingChoice embedding;
    try {
      embedding = EmbeddingChoice.parse(properties.embedding());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    ReportQaProperties.Fusion f = properties.fusion();
    ReportSession session =
        new ReportSession(
            properties.report(),
            embedding,
            new FusionWeights(f.lexical(), f.dense(), f.k()),
            analyzer,
            engine,
            embeddingExecutor,
            llmRefiners(llmSettings, properties.prompts(), templates));
    IndexCache cache = indexCache(properties.cacheDir(), System.err);
    if (cache != null) {
      session.useIndexCache(cache);
      session.useTextCache(new TextCache(properties.cacheDir(), warnings(System.err)));
    }
    session.useWarnings(warnings(System.err));
    session.useModels(
        properties.cacheDir() == null ? null : properties.cacheDir().resolve("models"),
        preloader.getIfAvailable());
    return session;
  }

  @Bean
  ExitCodes exitCodes() {
    return new ExitCodes();
  }

  @Bean
  Progresses progresses(Screen screen) {
    return new Progresses(
        System.err, screen.interactive() && screen.stdoutTerminal(), screen::width);
  }

  @Bean
  AnswerPrinter answerPrinter(AnswerTemplates templates) {
    return new AnswerPrinter(templates);
  }

  @Bean
  Screen screen(Terminal terminal) {
    return Screen.of(terminal);
  }

  /** The terminal reads and writes UTF-8, whatever the locale says. */
  @Bean
  TerminalCustomizer utf8Terminal() {
    return builder -> builder.encoding(StandardCharsets.UTF_8);
  }

  /** The REPL's history: private, without pasted pages, untouched by runs that type nothing. */
  @Bean
  History history() {
    return new PrivateHistory();
  }

  @Bean
  Interrupts interrupts(Terminal terminal) {
    return Interrupts.signals(terminal);
  }

  @Bean
  Cancellation cancellation() {
    return new Cancellation();
  }

  @Bean
  CommandDispatcher commandDispatcher(
      CommandCatalog catalog,
      CommandExecution.CommandExecutionHandlerMethodArgumentResolvers resolvers,
      ShellConversionServiceSupplier conversion,
      Terminal terminal,
      ShellContext context) {
    return new CommandDispatcher(catalog, resolvers, conversion, terminal, context);
  }

  @Bean
  QuestionCommand questionCommand(
      ReportSession session, AnswerPrinter printer, Progresses progresses) {
    return new QuestionCommand(session, printer, progresses);
  }

  @Bean
  PromptProvider promptProvider() {
    return () ->
        new AttributedString(
            "report-qa> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
  }

  @Bean
  ReportQaShellRunner reportQaShellRunner(
      CommandDispatcher commands,
      QuestionCommand questions,
      ShellContext context,
      LineReader lineReader,
      Parser parser,
      PromptProvider prompt,
      ExitCodes exitCodes,
      ReportSession session,
      Progresses progresses,
      Screen screen,
      Interrupts interrupts,
      Cancellation cancellation) {
    if (parser instanceof ExtendedDefaultParser p) {
      // An apostrophe in "What's the target?" must not open a quote that waits for more input.
      p.setEofOnUnclosedQuote(false);
    }
    WrapFix.apply(lineReader.getTerminal());
    PasteGuard pastes = new PasteGuard();
    if (lineReader instanceof LineReaderImpl reader) {
      // Spring Shell paints every line that is not a command red, which is every question.
      reader.setHighlighter(new DefaultHighlighter());
      pastes.install(reader, Assistant.MAX_QUESTION_LENGTH);
    }
    Runnable beforeRepl =
        () -> {
          var terminal = lineReader.getTerminal().writer();
          var reports = session.reports();
          String loaded =
              reports.size() == 1
                  ? reports.get(0).name() + " (" + reports.get(0).lineCount() + " lines)"
                  : reports.size() + " reports (see reports)";
          terminal.println(ControlChars.visible("report-qa — " + loaded));
          terminal.println("Type a question, or help; exit to leave.");
          terminal.flush();
          session.assistant(progresses.forIndex(session));
          session.analyzer().resources().loadInBackground();
        };
    return new ReportQaShellRunner(
        commands,
        questions,
        lineReader,
        prompt,
        exitCodes,
        beforeRepl,
        screen,
        interrupts,
        cancellation,
        progresses,
        pastes,
        context,
        System.in,
        System.err);
  }
}
