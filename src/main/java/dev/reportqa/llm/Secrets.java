package dev.reportqa.llm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text before it is printed or written anywhere: answers, notices, evaluation
 * records, the REPL history, logs. What goes:
 *
 * <ul>
 *   <li>every secret registered in this process (the LLM API key registers itself when the settings
 *       are made), as written and URL-encoded;
 *   <li>the user name and password of a URL ({@code https://user:pw@host/} → {@code
 *       https://***@host/});
 *   <li>the value of a query parameter that carries a credential ({@code api_key}, {@code key},
 *       {@code token}, {@code access_token}, {@code secret}, {@code password}, {@code sig} …);
 *   <li>a bearer token ({@code Bearer sk-…}).
 * </ul>
 *
 * <p>Process-wide on purpose: a secret must be masked wherever text is printed, and threading a
 * masking object to every printer is how one gets forgotten.
 */
public final class Secrets {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  /**
   * A value shorter than this is not registered: masking every "ab" in every answer would mangle
   * text, and no real key is that short ({@link LlmSettings#maskedKey} never shows such a key).
   */
  static final int SHORTEST_REGISTERED = 8;

  private static final Set<String> KNOWN = new CopyOnWriteArraySet<>();

  private static final Pattern USERINFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#]+@");

  private static final Pattern CREDENTIAL_PARAMETER =
      Pattern.compile(
          "(?i)([?&;](?:api[_-]?key|apikey|key|access[_-]?token|refresh[_-]?token|token|auth|"
              + "secret|client[_-]?secret|password|passwd|pwd|sig|signature)=)[\\w.~+/=%:-]+");

  private static final Pattern BEARER = Pattern.compile("(?i)(\\bBearer\\s+)[\\w.~+/=-]+");

  private Secrets() {}

  /** Masks this value wherever {@link #redact} meets it from now on. */
  public static void register(String secret) {
    if (secret != null && secret.strip().length() >= SHORTEST_REGISTERED) {
      KNOWN.add(secret.strip());
    }
  }

  /**
   * The text with every secret masked; null stays null.
   *
   * @param text anything about to be printed, written or logged
   */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : KNOWN) {
      out = out.replace(secret, MASK);
      String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
      if (!encoded.equals(secret)) {
        out = out.replace(encoded, MASK);
      }
    }
    out = USERINFO.matcher(out).replaceAll("$1" + MASK + "@");
    out = CREDENTIAL_PARAMETER.matcher(out).replaceAll("$1" + MASK);
    return BEARER.matcher(out).replaceAll("$1" + MASK);
  }
}
