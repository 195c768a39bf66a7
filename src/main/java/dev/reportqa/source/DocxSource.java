package dev.reportqa.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * Reads a Word report ({@code .docx}) with Apache POI: the body's paragraphs in order, one per
 * line, empty ones dropped. A paragraph numbered by Word's list numbering gets its number written
 * out ({@code 一、}, {@code （一）}, {@code 1.}) as the reader sees it; a paragraph in a heading style
 * is marked with Markdown {@code #} marks, one per level; each table row is one line, its cells
 * joined by {@code " | "}. Footnotes, endnotes, comments, headers and footers are left out, and so
 * are footnote marks in the text. Line n of the text is the document's n-th non-empty paragraph,
 * cited {@code ¶n}.
 */
final class DocxSource {

  /** Bumped whenever the text extracted from the same file may change, so caches are rebuilt. */
  static final int VERSION = 1;

  /** The marks POI writes where a run holds a footnote or endnote reference. */
  private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");

  /** The Markdown heading marks of a level, at most six. */
  private static final int MAX_HEADING_LEVEL = 6;

  private DocxSource() {}

  /**
   * @throws SourceException naming the file when it is encrypted, an old binary {@code .doc}, not a
   *     Word file, corrupt or truncated, or holds no text
   */
  static SourceText read(String file, byte[] bytes, String sha256) {
    List<String> paragraphs = paragraphs(file, bytes);
    if (paragraphs.isEmpty()) {
      throw new SourceException("Word file holds no text: " + file);
    }
    return new SourceText(
        String.join("\n", paragraphs) + "\n",
        new Origin(Format.WORD, "", sha256, ParagraphLocator.INSTANCE));
  }

  static List<String> paragraphs(String file, byte[] bytes) {
    if (bytes.length == 0) {
      throw new SourceException("report is empty: " + file);
    }
    try {
      if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
        throw new SourceException(ole2Problem(file, bytes));
      }
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
        return new Walker(doc).walk();
      }
    } catch (SourceException e) {
      throw e;
    } catch (EmptyFileException e) {
      throw new SourceException("report is empty: " + file);
    } catch (IOException | RuntimeException e) {
      // POI reports a broken zip or missing part with many exception types; for the user they all
      // mean one thing.
      throw new SourceException(
          "cannot read Word file " + file + ": it is corrupt or truncated (" + reason(e) + ")", e);
    }
  }

  /** An OLE2 container: an encrypted .docx (Word wraps those so), or an old binary .doc. */
  private static String ole2Problem(String file, byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        return "Word file is encrypted (password-protected): "
            + file
            + " — save it without a password and load it again";
      }
    } catch (IOException | RuntimeException e) {
      return "cannot read Word file " + file + ": it is corrupt or truncated (" + reason(e) + ")";
    }
    return "not a .docx file but an old Word 97-2003 document: " + file + " — save it as .docx";
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    String why = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    why = why.strip().lines().findFirst().orElse(why);
    return why.length() > 120 ? why.substring(0, 120) + "…" : why;
  }

  /** Walks the body in order, keeping the list counters Word would keep. */
  private static final class Walker {
    private final XWPFDocument doc;
    private final List<String> out = new ArrayList<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    Walker(XWPFDocument doc) {
      this.doc = doc;
    }

    List<String> walk() {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          paragraph(p);
        } else if (element instanceof XWPFTable t) {
          table(t);
        } else if (element instanceof XWPFSDT sdt) {
          sdt.getContent().getText().lines().forEach(this::add);
        }
      }
      return out;
    }

    private void add(String text) {
      String clean = ParagraphText.clean(text);
      if (!clean.isEmpty()) {
        out.add(clean);
      }
    }

    private void paragraph(XWPFParagraph p) {
      String text = ParagraphText.clean(text(p));
      if (text.isEmpty()) {
        return;
      }
      String number = number(p);
      int level = headingLevel(p);
      String marks = level > 0 ? "#".repeat(Math.min(level, MAX_HEADING_LEVEL)) + " " : "";
      out.add(marks + number + text);
    }

    private void table(XWPFTable table) {
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
          List<String> parts = new ArrayList<>();
          for (XWPFParagraph p : cell.getParagraphs()) {
            String t = ParagraphText.clean(text(p));
            if (!t.isEmpty()) {
              parts.add(t);
            }
          }
          for (XWPFTable inner : cell.getTables()) {
            inner
                .getRows()
                .forEach(
                    r ->
                        parts.add(
                            ParagraphText.clean(
                                r.getTableCells().stream()
                                    .map(XWPFTableCell::getText)
                                    .reduce((a, b) -> a + " " + b)
                                    .orElse(""))));
          }
          cells.add(String.join(" ", parts));
        }
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
          out.add(String.join(" | ", cells));
        }
      }
    }

    /** The paragraph's text from its runs, without footnote marks or field codes. */
    private static String text(XWPFParagraph p) {
      StringBuilder text = new StringBuilder();
      for (IRunElement run : p.getIRuns()) {
        if (run instanceof XWPFRun r) {
          text.append(r.text());
        } else if (run instanceof XWPFSDT sdt) {
          text.append(sdt.getContent().getText());
        }
      }
      return NOTE_MARK.matcher(text).replaceAll("");
    }

    /**
     * The number Word shows before a list paragraph, e.g. {@code 一、}; empty when it has none or
     * shows a bullet.
     */
    private String number(XWPFParagraph p) {
      BigInteger numId = p.getNumID();
      BigInteger ilvl = p.getNumIlvl();
      if (numId == null) {
        return "";
      }
      List<CTLvl> levels = levels(numId);
      int level = ilvl == null ? 0 : ilvl.intValue();
      if (level < 0 || level >= levels.size()) {
        return "";
      }
      int[] count = counters.computeIfAbsent(numId, k -> new int[levels.size()]);
      count[level]++;
      for (int deeper = level + 1; deeper < count.length; deeper++) {
        count[deeper] = 0;
      }
      CTLvl lvl = levels.get(level);
      String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
      if (format.equals("bullet") || format.equals("none") || lvl.getLvlText() == null) {
        return "";
      }
      String label = lvl.getLvlText().getVal();
      for (int k = 0; k <= level && k < levels.size(); k++) {
        CTLvl at = levels.get(k);
        int value = count[k] + start(at) - 1;
        String f = at.getNumFmt() == null ? "decimal" : at.getNumFmt().getVal().toString();
        label = label.replace("%" + (k + 1), NumberFormats.format(Math.max(value, 1), f));
      }
      return label;
    }

    private static int start(CTLvl lvl) {
      CTDecimalNumber start = lvl.getStart();
      return start == null ? 1 : start.getVal().intValue();
    }

    private List<CTLvl> levels(BigInteger numId) {
      XWPFNumbering numbering = doc.getNumbering();
      if (numbering == null) {
        return List.of();
      }
      XWPFNum num = numbering.getNum(numId);
      if (num == null || num.getCTNum().getAbstractNumId() == null) {
        return List.of();
      }
      XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
      return abs == null ? List.of() : abs.getCTAbstractNum().getLvlList();
    }

    /** 1 for Heading 1 (or 标题 1, or outline level 0), 0 for body text. */
    private int headingLevel(XWPFParagraph p) {
      Integer outline = outlineLevel(p.getCTP().getPPr());
      if (outline != null) {
        return outline + 1;
      }
      String styleId = p.getStyleID();
      if (styleId == null || doc.getStyles() == null) {
        return 0;
      }
      XWPFStyle style = doc.getStyles().getStyle(styleId);
      for (int hops = 0; style != null && hops < 10; hops++) {
        Integer level = outlineLevel(style.getCTStyle().getPPr());
        if (level != null) {
          return level + 1;
        }
        String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
        var m = java.util.regex.Pattern.compile("^(?:heading|标题)\\s*(\\d)$").matcher(name);
        if (m.matches()) {
          return Integer.parseInt(m.group(1));
        }
        if (name.equals("title") || name.equals("标题")) {
          return 1;
        }
        String parent = style.getBasisStyleID();
        style = parent == null ? null : doc.getStyles().getStyle(parent);
      }
      return 0;
    }

    /** Word's outline level 0–8 of a paragraph or style; 9 is body text, and null none set. */
    private static Integer outlineLevel(CTPPrBase ppr) {
      if (ppr == null || ppr.getOutlineLvl() == null) {
        return null;
      }
      int level = ppr.getOutlineLvl().getVal().intValue();
      return level >= 0 && level < 9 ? level : null;
    }
  }
}
