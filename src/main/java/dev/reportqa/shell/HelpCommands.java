package dev.reportqa.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code help}, {@code version} and {@code exit}. Help lists the commands by group in a fixed order
 * (Questions, Report, Briefings, Evaluation, Settings), one line each; {@code help <command>} shows
 * its usage with the positional argument marked required, its options and an example. The order,
 * usages and examples are data ({@value #COMMANDS}); descriptions are the commands' own.
 */
@Command
final class HelpCommands {

  static final String COMMANDS = "shell/commands.tsv";

  /** A required argument in a usage: {@code <question>}. */
  private static final Pattern REQUIRED = Pattern.compile("<[^>]+>");

  /** One command as help shows it. */
  record Entry(String group, String command, String usage, String example) {}

  /** The catalog holds this bean's own commands: it is looked up when help runs, not injected. */
  private final ObjectProvider<CommandCatalog> catalog;

  private final List<Entry> entries;
  private final Screen screen;

  HelpCommands(ObjectProvider<CommandCatalog> catalog, Screen screen) {
    this.catalog = catalog;
    this.screen = screen;
    this.entries = load();
  }

  @Command(command = "help", description = "List the commands, or show how to use one")
  String help(
      @Option(description = "a command, e.g. ask or export figures", arityMax = 2)
          String[] command) {
    String name = command == null ? "" : String.join(" ", command).strip();
    if (name.isEmpty()) {
      return overview();
    }
    Entry entry =
        entries.stream()
            .filter(e -> e.command().equals(name.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(
                () ->
                    new UsageException("no command named '" + name + "' — type help for the list"));
    return detail(entry);
  }

  @Command(command = "version", description = "Show the version of report-qa")
  String version() {
    return "report-qa " + version(HelpCommands.class.getClassLoader());
  }

  @Command(
      command = "exit",
      alias = "quit",
      description = "Leave the shell (so do Ctrl-D, and Ctrl-C on an empty line)")
  String exit() {
    // The shell leaves before it would run this; one-shot, there is nothing to leave.
    return "";
  }

  /** The version built into the jar (META-INF/build-info.properties), or "(development)". */
  static String version(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream("META-INF/build-info.properties")) {
      if (in == null) {
        return "(development)";
      }
      Properties build = new Properties();
      build.load(in);
      return build.getProperty("build.version", "(development)");
    } catch (IOException e) {
      return "(development)";
    }
  }

  /**
   * The commands by group, one line each at 80 columns: the name, then the description, which wraps
   * under itself on a narrower terminal.
   */
  private String overview() {
    int columns = Math.max(AnswerPrinter.MIN_WIDTH, screen.width());
    int name = entries.stream().mapToInt(e -> e.command().length()).max().orElse(0) + 2;
    StringBuilder out = new StringBuilder();
    out.append("report-qa — answers questions about a government work report, citing its lines.\n");
    out.append("In the shell just type a question; a line is a command only if it reads as one.\n");
    String group = null;
    for (Entry e : entries) {
      if (!e.group().equals(group)) {
        group = e.group();
        out.append('\n').append(group).append('\n');
      }
      out.append("  ").append(e.command()).append(" ".repeat(name - e.command().length()));
      out.append(wrap(description(e.command()), columns - name - 2, " ".repeat(name + 2)));
      out.append('\n');
    }
    out.append("\nhelp <command> shows its usage, options and an example.");
    return out.toString();
  }

  /** Words wrapped at a width, continuation lines indented. */
  static String wrap(String text, int width, String indent) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (String word : text.split(" ")) {
      int w = Columns.width(word);
      if (used > 0 && used + 1 + w > width) {
        out.append('\n').append(indent);
        used = 0;
      } else if (used > 0) {
        out.append(' ');
        used++;
      }
      out.append(word);
      used += w;
    }
    return out.toString();
  }

  private String detail(Entry e) {
    StringBuilder out = new StringBuilder();
    out.append(e.usage()).append('\n');
    out.append("  ").append(description(e.command())).append('\n');
    List<String> required = positional(e.usage());
    if (!required.isEmpty()) {
      out.append("  Required: ").append(String.join(", ", required)).append('\n');
    }
    List<String> options = options(e);
    if (!options.isEmpty()) {
      out.append("\nOptions:\n");
      options.forEach(o -> out.append("  ").append(o).append('\n'));
    }
    out.append("\nExample:\n  ").append(e.example());
    return out.toString();
  }

  /** The {@code <x>} arguments of a usage, which the command cannot do without. */
  private static List<String> positional(String usage) {
    List<String> found = new ArrayList<>();
    Matcher m = REQUIRED.matcher(usage);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * The named options of a command that its usage shows ({@code --out}), each with its description.
   * Spring Shell names a positional argument as an option too ({@code --question}): the usage, not
   * the registration, says which are options.
   */
  private List<String> options(Entry e) {
    CommandRegistration r = catalog.getObject().getRegistrations().get(e.command());
    if (r == null) {
      return List.of();
    }
    List<String> options = new ArrayList<>();
    for (CommandOption o : r.getOptions()) {
      String[] names = o.getLongNames();
      if (names != null && names.length > 0 && e.usage().contains("--" + names[0])) {
        options.add(String.format("--%-11s %s", names[0], o.getDescription()));
      }
    }
    return options;
  }

  private String description(String command) {
    CommandRegistration r = catalog.getObject().getRegistrations().get(command);
    return r == null ? "" : r.getDescription();
  }

  /** The help entries, in order. */
  List<Entry> entries() {
    return entries;
  }

  static List<Entry> load() {
    InputStream in = HelpCommands.class.getClassLoader().getResourceAsStream(COMMANDS);
    if (in == null) {
      throw new IllegalStateException("missing from the classpath: " + COMMANDS);
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(COMMANDS + ": not 4 tab-separated fields: " + line);
        }
        entries.put(f[1], new Entry(f[0], f[1], f[2], f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COMMANDS, e);
    }
    return List.copyOf(entries.values());
  }
}
