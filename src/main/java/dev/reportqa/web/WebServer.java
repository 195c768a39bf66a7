package dev.reportqa.web;

import java.util.Objects;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web page and its JSON API in a child of the shell's application context.
 *
 * <p>A child context, rather than the web stack in the main one, so that the shell and one-shot
 * commands never load it: their context has no web profile, so nothing in this package is made
 * there (every bean here is {@code @Profile("web")}), and Tomcat and Spring MVC are configured only
 * by {@link WebConfiguration}, which only this child imports. The child sees the parent's beans, so
 * the page answers through the shell's own {@code ReportSession} and brief beans.
 */
public final class WebServer {

  /** The profile of the child context: activates this package and application-web.properties. */
  public static final String PROFILE = "web";

  private WebServer() {}

  /**
   * Starts the server and returns once it listens.
   *
   * @param parent the running shell context whose report session and brief beans the page uses
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port the port, or 0 for any free one
   * @return the web context; {@link #port} tells the port it listens on, closing it stops it
   */
  public static ConfigurableApplicationContext start(
      ConfigurableApplicationContext parent, String host, int port) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(host, "host");
    return new SpringApplicationBuilder(WebConfiguration.class)
        .parent(parent)
        .profiles(PROFILE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .registerShutdownHook(true)
        // Arguments rather than default properties: they must win over application.properties.
        .run("--server.address=" + host, "--server.port=" + port);
  }

  /** The port a context made by {@link #start} listens on. */
  public static int port(ConfigurableApplicationContext web) {
    return ((WebServerApplicationContext) web).getWebServer().getPort();
  }
}
