package dev.reportqa.web;

import dev.reportqa.index.BuildProgress;
import dev.reportqa.report.Report;
import dev.reportqa.shell.ReportSession;
import dev.reportqa.shell.UsageException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jline.terminal.Terminal;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code web [--port 8080] [--host 127.0.0.1]}: serves the page until stopped. Thin: it builds the
 * index, so that the first question is quick, starts {@link WebServer}, prints the address and
 * waits for Ctrl-C (which interrupts it) or for the server to be closed.
 */
@Command
final class WebCommand {

  static final int DEFAULT_PORT = 8080;
  static final String DEFAULT_HOST = "127.0.0.1";

  private final ConfigurableApplicationContext context;
  private final ReportSession session;
  private final Terminal terminal;

  WebCommand(ConfigurableApplicationContext context, ReportSession session, Terminal terminal) {
    this.context = context;
    this.session = session;
    this.terminal = terminal;
  }

  @Command(command = "web", description = "Serve the web page on this machine, until Ctrl-C")
  String web(
      @Option(
              longNames = "port",
              defaultValue = "" + DEFAULT_PORT,
              description = "the port to listen on; 0 for any free one")
          int port,
      @Option(
              longNames = "host",
              defaultValue = DEFAULT_HOST,
              description = "the address to listen on; 0.0.0.0 makes the page reachable by others")
          String host) {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be 0-65535 (0 for any free port), not " + port);
    }
    if (host == null || host.isBlank()) {
      throw new UsageException("--host needs an address, e.g. 127.0.0.1 or 0.0.0.0");
    }
    session.index(progress(System.err));
    // A cached index loads the model only for the first question; load it now, so that the first
    // question of the first visitor is as quick as the others.
    session.model(session.embedding()).get();
    ConfigurableApplicationContext web = start(host.strip(), port);
    CountDownLatch closed = new CountDownLatch(1);
    web.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    PrintWriter out = terminal.writer();
    out.println(banner(session.reports(), address(host.strip(), WebServer.port(web))));
    out.flush();
    try {
      closed.await();
      return "The web server has stopped.";
    } catch (InterruptedException e) {
      web.close();
      return "Stopped the web server.";
    }
  }

  private ConfigurableApplicationContext start(String host, int port) {
    try {
      return WebServer.start(context, host, port);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof PortInUseException) {
          throw new UsageException(
              "port " + port + " is in use — stop what uses it or choose another with --port");
        }
        if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
          throw new UsageException(
              "cannot listen on " + host + ":" + port + " (" + t.getMessage() + ") — check --host");
        }
      }
      throw e;
    }
  }

  static String address(String host, int port) {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    if (host.equals("0.0.0.0") || host.equals("::")) {
      shown = "127.0.0.1";
    }
    return "http://" + shown + ":" + port + "/";
  }

  static String banner(List<Report> reports, String address) {
    String loaded =
        reports.size() == 1
            ? reports.get(0).name() + " (" + reports.get(0).lineCount() + " lines)"
            : reports.size() + " reports";
    return "report-qa web — "
        + loaded
        + "\nOpen "
        + address
        + " in a browser. Ctrl-C stops the server.";
  }

  /** A line when the index build starts and one when it ends, on standard error. */
  static BuildProgress progress(PrintStream err) {
    return (stage, done, total) -> {
      if (done == 0 || done == total) {
        err.println("Indexing: " + stage + " " + done + "/" + total);
        err.flush();
      }
    };
  }
}
