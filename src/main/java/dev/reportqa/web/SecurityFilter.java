package dev.reportqa.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every response carries, and who may ask.
 *
 * <ul>
 *   <li>Headers that keep a browser from reading a response as anything but what it says it is
 *       ({@code nosniff}), from framing the page, and from sending the address elsewhere; a
 *       Content-Security-Policy that runs no script at all for every response but the page, and for
 *       the page only its own inline script and style (see {@link Page}).
 *   <li>While the server listens on a loopback address only, a request must name a loopback host: a
 *       web site that points a name of its own at 127.0.0.1 (DNS rebinding) gets 403, not the
 *       report or the conversations.
 * </ul>
 */
final class SecurityFilter extends OncePerRequestFilter {

  private static final Set<String> LOOPBACK_NAMES =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private final boolean loopbackOnly;
  private final String pagePolicy;

  /**
   * @param bindAddress the address the server listens on, e.g. {@code 127.0.0.1}
   * @param pagePolicy the Content-Security-Policy of the page
   */
  SecurityFilter(String bindAddress, String pagePolicy) {
    this.loopbackOnly = isLoopback(bindAddress);
    this.pagePolicy = pagePolicy;
  }

  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getRequestURI();
    boolean page = path.equals("/") || path.equals("/index.html");
    response.setHeader("Content-Security-Policy", page ? pagePolicy : STRICT_POLICY);
    // The server name is the Host header's, without the port.
    String host = request.getServerName().toLowerCase(Locale.ROOT);
    if (loopbackOnly && !LOOPBACK_NAMES.contains(host)) {
      ApiErrors.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "this server answers only requests to localhost or 127.0.0.1");
      return;
    }
    chain.doFilter(request, response);
  }
}
