package dev.reportqa.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a report saved from a web page ({@code .html}, {@code .htm}) with jsoup: the article body,
 * one paragraph per line, without the site around it — navigation, buttons, share and font-size
 * widgets, the "来源：… 时间：…" lines, photos and their captions. Line n of the text is the article's
 * n-th paragraph, cited {@code ¶n}.
 *
 * <p>The body is the element whose paragraphs hold the most text, as reader modes find it; written
 * by hand because jsoup parses pages but does not tell an article from its site.
 */
final class HtmlSource {

  /** Bumped whenever the text extracted from the same file may change, so caches are rebuilt. */
  static final int VERSION = 1;

  /** Never article text. */
  private static final String JUNK_TAGS =
      "script, style, noscript, template, nav, aside, form, button, input, select, textarea,"
          + " iframe, svg, canvas, video, audio, object, embed, figcaption, map";

  /** Class or id words of site furniture. */
  private static final Pattern JUNK_NAMES =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|"
              + "bdshare|jiathis|social|print|fontsize|font|zoom-?tool|toolbar|tools|footer|foot|"
              + "sidebar|side|related|relate|comments?|qrcode|ewm|erweima|banner|copyright|"
              + "pagination|pager|pages-date|info-?bar|article-?info|meta|source|editor|caption|"
              + "pic-?text|img-?text)(?:$|[-_\\s\\d])");

  /** Elements that end a paragraph before and after them. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "center",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "figure",
          "header",
          "hr",
          "address");

  /** Page metadata and widget lines, as government sites write them. */
  private static final Pattern PAGE_LINE =
      Pattern.compile(
          "^(?:【?\\s*(?:来源|时间|发布时间|发布日期|日期|作者|责任编辑|编辑|编者|审核|校对|浏览次数|"
              + "阅读量|阅读次数|点击数|访问量|字号|字体|分享到?|打印|关闭窗口|扫一扫|当前位置|"
              + "索引号|发文机关|信息来源|文章来源)\\s*[：:】]?.{0,60}"
              + "|\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?"
              + "|[【\\[]?(?:打印本页|关闭窗口|打印|关闭|收藏|下载|全屏|返回顶部|加大|减小|还原|大|中|小)[】\\]]?"
              + "|相关报道[：:]?|上一篇.*|下一篇.*|【|】)$");

  /** A photo credit or caption: "本报记者 某某摄", "（新华社记者 某某 摄）", "某某供图". */
  private static final Pattern CAPTION =
      Pattern.compile(".*(?:记者|通讯员|摄影).{0,20}摄\\s*[）)]?$|.*(?:\\s摄|供图|图片来源.*)[）)]?$");

  /** The longest text of a line that follows a photo and is taken for its caption. */
  private static final int MAX_CAPTION = 120;

  private HtmlSource() {}

  /**
   * @throws SourceException naming the file when the page holds no article text
   */
  static SourceText read(String file, byte[] bytes, String sha256) {
    List<String> paragraphs = paragraphs(file, bytes);
    if (paragraphs.isEmpty()) {
      throw new SourceException("web page holds no article text: " + file);
    }
    return new SourceText(
        String.join("\n", paragraphs) + "\n",
        new Origin(Format.HTML, "", sha256, ParagraphLocator.INSTANCE));
  }

  static List<String> paragraphs(String file, byte[] bytes) {
    if (bytes.length == 0) {
      throw new SourceException("report is empty: " + file);
    }
    Document doc = parse(file, bytes);
    doc.select(JUNK_TAGS).remove();
    for (Element e : doc.getAllElements()) {
      if (e != doc && e != doc.body() && e.parent() != null && isJunk(e)) {
        e.remove();
      }
    }
    Element body = articleBody(doc);
    if (body == null) {
      return List.of();
    }
    List<Block> blocks = new ArrayList<>();
    Element title = title(doc, body);
    if (title != null) {
      blocks.add(new Block(ParagraphText.clean(title.text()), false));
    }
    collect(body, blocks, new StringBuilder(), new boolean[1]);
    return tidy(blocks);
  }

  private static Document parse(String file, byte[] bytes) {
    try {
      Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      // A page in GBK that does not say so reads as UTF-8 with replacement characters.
      if (doc.text().chars().filter(c -> c == '\uFFFD').count() > 10) {
        doc = Jsoup.parse(new ByteArrayInputStream(bytes), Charset.forName("GB18030").name(), "");
      }
      return doc;
    } catch (IOException | RuntimeException e) {
      throw new SourceException("cannot read web page " + file + " (" + e.getMessage() + ")", e);
    }
  }

  private static boolean isJunk(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    return JUNK_NAMES.matcher(e.className()).find() || JUNK_NAMES.matcher(e.id()).find();
  }

  /**
   * The element whose paragraphs hold the most text, counting a paragraph half for its grandparent.
   */
  private static Element articleBody(Document doc) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : doc.select("p, div, td, li, h1, h2, h3, h4, h5, h6, pre, blockquote")) {
      double length = ownTextLength(p);
      if (length < 10) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, length, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), length / 2, Double::sum);
        }
      }
    }
    return scores.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  /** Text directly in the element (not in its block children), by characters. */
  private static double ownTextLength(Element e) {
    double length = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        length += t.text().strip().length();
      } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
        length += c.text().strip().length();
      }
    }
    return length;
  }

  /** The page's headline, when it stands before the body and the body does not repeat it. */
  private static Element title(Document doc, Element body) {
    for (Element h : doc.select("h1, h2")) {
      String text = ParagraphText.clean(h.text());
      boolean before = h.siblingIndex() >= 0 && precedes(h, body);
      if (!text.isEmpty() && before && !body.text().startsWith(text) && !isInside(h, body)) {
        return h;
      }
    }
    return null;
  }

  private static boolean precedes(Element a, Element b) {
    List<Element> all = a.ownerDocument().getAllElements();
    return all.indexOf(a) < all.indexOf(b);
  }

  private static boolean isInside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph as found: its text, and whether it followed a picture with no text between. */
  private record Block(String text, boolean afterPicture) {}

  /**
   * Walks the body in document order, cutting paragraphs at block elements and line breaks. {@code
   * picture[0]} says a picture was met since the last paragraph.
   */
  private static void collect(
      Element element, List<Block> out, StringBuilder current, boolean[] picture) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode t) {
        current.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("img") || tag.equals("picture")) {
          end(out, current, picture);
          picture[0] = true;
        } else if (tag.equals("br")) {
          end(out, current, picture);
        } else if (tag.equals("tr")) {
          end(out, current, picture);
          List<String> cells = e.select("> td, > th").eachText();
          String row = String.join(" | ", cells.stream().map(ParagraphText::clean).toList());
          if (!row.replace("|", "").isBlank()) {
            out.add(new Block(row, false));
          }
        } else if (BLOCKS.contains(tag)) {
          end(out, current, picture);
          collect(e, out, current, picture);
          end(out, current, picture);
        } else {
          collect(e, out, current, picture);
        }
      }
    }
  }

  private static void end(List<Block> out, StringBuilder current, boolean[] picture) {
    String text = ParagraphText.clean(current.toString());
    current.setLength(0);
    if (!text.isEmpty()) {
      out.add(new Block(text, picture[0]));
      picture[0] = false;
    }
  }

  /** Drops page lines and captions. */
  private static List<String> tidy(List<Block> blocks) {
    List<String> kept = new ArrayList<>();
    for (Block b : blocks) {
      String t = b.text();
      if (PAGE_LINE.matcher(t).matches() || CAPTION.matcher(t).matches()) {
        continue;
      }
      if (b.afterPicture() && t.length() <= MAX_CAPTION && !t.endsWith("：")) {
        continue;
      }
      kept.add(t);
    }
    return kept;
  }
}
