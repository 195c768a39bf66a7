package dev.reportqa.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * The page, put together once at start from the files in {@code static/}: {@code index.html} with
 * {@code app.css}, {@code app.js} and the interface wording {@code messages.json} written into it.
 *
 * <p>One document, so the page loads in one round trip and works with no other file, no network and
 * no build step; the files stay separate in the source to be read and edited. Because the style and
 * the script are inline, the Content-Security-Policy allows exactly these two by their SHA-256 and
 * nothing else: no other script can run, whatever text a report or an answer holds.
 */
final class Page {

  static final String CSS_TAG = "<link rel=\"stylesheet\" href=\"app.css\">";
  static final String JS_TAG = "<script src=\"app.js\"></script>";
  static final String MESSAGES_TAG = "<script type=\"application/json\" id=\"messages\"></script>";

  private final String html;
  private final String contentSecurityPolicy;

  Page(String html, String contentSecurityPolicy) {
    this.html = Objects.requireNonNull(html, "html");
    this.contentSecurityPolicy = Objects.requireNonNull(contentSecurityPolicy, "csp");
  }

  /** The page from the files in the jar's {@code static/} folder. */
  static Page load() {
    return assemble(read("index.html"), read("app.css"), read("app.js"), read("messages.json"));
  }

  /**
   * @throws IllegalStateException when the HTML lacks a tag the parts are written into
   */
  static Page assemble(String index, String css, String js, String messages) {
    require(index, CSS_TAG);
    require(index, JS_TAG);
    require(index, MESSAGES_TAG);
    if (js.contains("</script") || css.contains("</style")) {
      throw new IllegalStateException("app.js and app.css must not close their own element");
    }
    // "</" could close the data block early; "<\/" is the same JSON.
    String data = messages.strip().replace("</", "<\\/");
    String html =
        index
            .replace(CSS_TAG, "<style>" + css + "</style>")
            .replace(JS_TAG, "<script>" + js + "</script>")
            .replace(
                MESSAGES_TAG,
                "<script type=\"application/json\" id=\"messages\">" + data + "</script>");
    String csp =
        "default-src 'none'; script-src "
            + hash(js)
            + "; style-src "
            + hash(css)
            + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";
    return new Page(html, csp);
  }

  String html() {
    return html;
  }

  /** The policy that lets the inline style and script run and nothing else. */
  String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  private static void require(String index, String tag) {
    if (!index.contains(tag)) {
      throw new IllegalStateException("static/index.html must contain " + tag);
    }
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String read(String name) {
    String path = "/static/" + name;
    try (InputStream in = Page.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
