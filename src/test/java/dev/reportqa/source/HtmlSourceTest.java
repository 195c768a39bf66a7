package dev.reportqa.source;

import static dev.reportqa.source.TestFiles.DEV;
import static dev.reportqa.source.TestFiles.FORMATS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlSourceTest {

  @Test
  void should_give_the_article_alone_when_the_page_has_a_government_sites_furniture() {
    // given: the first 12 paragraphs of henan-2025.txt set in a page with a navigation bar, a
    // breadcrumb, 来源/时间 and font-size lines, share buttons, a photo with its caption, print and
    // close links, related links, a sidebar and a footer
    var expected = TestFiles.paragraphsOf(DEV.resolve("henan-2025.txt")).subList(0, 12);

    // when
    SourceText text = TestFiles.read(FORMATS.resolve("henan-2025-excerpt.html"));

    // then
    assertThat(TestFiles.lines(text)).isEqualTo(expected);
    assertThat(text.origin().format()).isEqualTo(Format.HTML);
    assertThat(text.origin().locator().place(4)).isEqualTo("¶4");
  }

  @Test
  void should_cut_paragraphs_at_line_breaks_when_the_article_is_one_block() {
    // given
    String page =
        "<html><body><div class=\"nav\">首页</div><div class=\"content\">一、工作回顾<br>"
            + "全年生产总值增长5%。<br><br>　　二、主要任务<br>确保增长5%左右。</div></body></html>";

    // when
    SourceText text =
        Sources.read("p.html", "p.html", page.getBytes(StandardCharsets.UTF_8), TextCache.NONE);

    // then
    assertThat(TestFiles.lines(text))
        .containsExactly("一、工作回顾", "全年生产总值增长5%。", "二、主要任务", "确保增长5%左右。");
  }

  @Test
  void should_say_so_when_a_page_holds_no_text() {
    assertThatThrownBy(
            () ->
                Sources.read(
                    "e.html",
                    "e.html",
                    "<html><body><script>x()</script></body></html>".getBytes(),
                    TextCache.NONE))
        .hasMessage("web page holds no article text: e.html");
  }
}
