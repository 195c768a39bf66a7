package dev.reportqa.shell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.config.ShellConversionServiceSupplier;
import org.springframework.shell.context.ShellContext;

/**
 * Runs one command through Spring Shell's option parser and argument binding, and hands back what
 * it returned, or throws what it threw. Unlike Spring Shell's own loop it prints nothing: the shell
 * decides where output and errors go (a terminal, standard output, standard error) and makes them
 * safe to print there.
 */
final class CommandDispatcher {

  private final CommandCatalog catalog;
  private final CommandExecution.CommandExecutionHandlerMethodArgumentResolvers resolvers;
  private final ShellConversionServiceSupplier conversion;
  private final Terminal terminal;
  private final ShellContext context;

  CommandDispatcher(
      CommandCatalog catalog,
      CommandExecution.CommandExecutionHandlerMethodArgumentResolvers resolvers,
      ShellConversionServiceSupplier conversion,
      Terminal terminal,
      ShellContext context) {
    this.catalog = catalog;
    this.resolvers = resolvers;
    this.conversion = conversion;
    this.terminal = terminal;
    this.context = context;
  }

  /**
   * Runs a command.
   *
   * @param words the command's name (one or two words) and its arguments
   * @return what the command returned, as text; empty for nothing
   * @throws RuntimeException what the command threw, unwrapped; a {@link
   *     CommandExecution.CommandParserExceptionsException} when its options do not parse
   */
  String run(List<String> words) {
    CommandExecution execution =
        CommandExecution.of(
            resolvers.getResolvers(), null, terminal, context, conversion.get(), catalog);
    try {
      Object result = execution.evaluate(words.toArray(String[]::new));
      return result == null ? "" : result.toString();
    } catch (RuntimeException e) {
      throw unwrap(e);
    }
  }

  /** The exception a command threw, from inside the wrappers of its reflective call. */
  static RuntimeException unwrap(RuntimeException e) {
    Throwable t = e;
    while ((t instanceof CommandExecution.CommandExecutionException
            || t instanceof UndeclaredThrowableException
            || t instanceof InvocationTargetException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t instanceof RuntimeException r ? r : new IllegalStateException(t.getMessage(), t);
  }

  /** The command names, two-word ones ({@code export figures}) included. */
  Set<String> commandNames() {
    return Set.copyOf(catalog.getRegistrations().keySet());
  }
}
