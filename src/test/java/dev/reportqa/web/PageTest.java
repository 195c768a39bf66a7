package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page put together from its files, and the policy that lets only its own code run. */
class PageTest {

  private static final String INDEX =
      "<html><head>"
          + Page.CSS_TAG
          + "</head><body>"
          + Page.MESSAGES_TAG
          + Page.JS_TAG
          + "</body></html>";

  static String sha256(String text) throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void should_inline_the_parts_and_allow_exactly_their_hashes() throws Exception {
    // when
    Page page = Page.assemble(INDEX, "body{color:red}", "run();", "{\"zh\":{}}");

    // then
    assertThat(page.html())
        .isEqualTo(
            "<html><head><style>body{color:red}</style></head><body>"
                + "<script type=\"application/json\" id=\"messages\">{\"zh\":{}}</script>"
                + "<script>run();</script></body></html>");
    assertThat(page.contentSecurityPolicy())
        .isEqualTo(
            "default-src 'none'; script-src 'sha256-"
                + sha256("run();")
                + "'; style-src 'sha256-"
                + sha256("body{color:red}")
                + "'; connect-src 'self'; img-src 'self' data:; base-uri 'none';"
                + " form-action 'none'; frame-ancestors 'none'");
  }

  @Test
  void should_keep_the_wording_from_closing_its_element() {
    Page page = Page.assemble(INDEX, "", "", "{\"zh\":{\"x\":\"</script><b>\"}}");

    assertThat(page.html()).contains("{\"zh\":{\"x\":\"<\\/script><b>\"}}</script>");
  }

  @Test
  void should_fail_naming_the_tag_when_the_html_lacks_one() {
    assertThatThrownBy(() -> Page.assemble("<html></html>", "", "", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("static/index.html must contain " + Page.CSS_TAG);
  }

  @Test
  void should_load_the_files_of_the_jar_with_the_same_words_in_both_languages() throws Exception {
    // when
    Page page = Page.load();
    String html = page.html();
    int start = html.indexOf("id=\"messages\">") + "id=\"messages\">".length();
    JsonNode messages =
        new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));

    // then
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    messages.get("zh").fieldNames().forEachRemaining(zh::add);
    messages.get("en").fieldNames().forEachRemaining(en::add);
    assertThat(en).containsExactlyElementsOf(zh);
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(200 * 1024);
  }
}
