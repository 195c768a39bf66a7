package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.shell.command.CommandCatalog;

/** help, --help and version: every command, grouped in a fixed order, usages with examples. */
class HelpShellTest {

  private final ShellHarness shell = ShellHarness.get();

  @Test
  void should_list_every_command_once_by_group_in_a_fixed_order_when_asked_for_help()
      throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("--help");

    // then
    assertThat(run.exitCode()).isZero();
    List<String> groups =
        run.out().lines().filter(l -> !l.isEmpty() && !l.startsWith(" ")).skip(2).toList();
    assertThat(groups)
        .containsExactly(
            "Questions",
            "Report",
            "Briefings",
            "Evaluation",
            "Settings",
            "help <command> shows its usage, options and an example.");
    Set<String> listed = new TreeSet<>();
    for (String line : run.out().lines().filter(l -> l.startsWith("  ")).toList()) {
      String name = line.strip().split(" {2,}")[0];
      if (!name.isEmpty() && Character.isLetter(name.charAt(0))) {
        listed.add(name);
      }
    }
    Set<String> commands =
        new TreeSet<>(shell.bean(CommandCatalog.class).getRegistrations().keySet());
    commands.remove("quit"); // listed as exit, its alias
    assertThat(listed).isEqualTo(commands);
  }

  @Test
  void should_keep_every_help_line_within_80_columns() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("help");

    // then
    List<String> wide = new ArrayList<>();
    run.out().lines().filter(l -> Columns.width(l) > 80).forEach(wide::add);
    assertThat(wide).isEmpty();
  }

  @ParameterizedTest(name = "help {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ask | ask [--json] <question> | <question> | ask \"全年游客目标是多少？\"",
        "show | show <place> | <place> | show 85-89",
        "brief | brief <topic> [--out FILE] [--in FILE] | <topic> | brief 旅游 --out brief.md",
        "export brief | export brief <topic> --out FILE [--in FILE] | <topic> | export brief"
            + " tourism --out tourism.md"
      })
  void should_show_the_positional_argument_as_required_with_an_example(
      String command, String usage, String required, String example) throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot(("help " + command).split(" "));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst()).contains(usage);
    assertThat(run.out()).contains("Required: " + required).contains("Example:\n  " + example);
  }

  @Test
  void should_show_the_options_of_web_with_an_example_when_asked_for_its_help() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("help", "web");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "web [--port 8080] [--host 127.0.0.1]",
            "  Serve the web page on this machine, until Ctrl-C",
            "",
            "Options:",
            "  --port        the port to listen on; 0 for any free one",
            "  --host        the address to listen on; 0.0.0.0 makes the page reachable by others",
            "",
            "Example:",
            "  web --port 8080");
  }

  @Test
  void should_show_a_command_s_help_when_it_is_given_help() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("show", "--help");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("show <place>");
  }

  @Test
  void should_exit_2_when_help_names_no_command() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("help", "nosuch");

    // then
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("error: no command named 'nosuch' — type help for the list");
  }

  @Test
  void should_print_the_version() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("--version");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("report-qa \\S+\\s*");
  }
}
