package dev.reportqa.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reads a text report ({@code .txt}, {@code .md}): UTF-8 with or without a byte-order mark, UTF-16
 * with one, or the Chinese national encodings GBK and GB18030, which reports saved on Chinese
 * Windows often use. CR LF and CR line ends become LF; spaces before and after a line's text
 * (full-width ones included, with which Chinese text indents its paragraphs) are dropped. Lines
 * keep their numbers: the text has exactly the file's lines.
 *
 * <p>Written by hand rather than with a detector library (ICU's CharsetDetector,
 * juniversalchardet): the choice is between three encodings, and a strict decode tells them apart
 * exactly. UTF-8 is tried first because text in GBK almost never decodes as UTF-8, while UTF-8 text
 * often decodes as GB18030 into nonsense; GBK is named when it suffices, GB18030 (its superset)
 * otherwise.
 */
final class TextSource {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Controls that no text file holds: what a binary file read as text shows. */
  private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

  /** Spaces at either end of a line: ASCII, full-width (U+3000), em, no-break …, and tabs. */
  private static final Pattern EDGE_SPACES =
      Pattern.compile("^[\\p{Zs}\\t]+|[\\p{Zs}\\t]+$", Pattern.MULTILINE);

  private TextSource() {}

  /**
   * @param file the file as named in messages
   * @throws SourceException naming the file when it is in none of these encodings, holds binary
   *     data, or is empty
   */
  static SourceText read(String file, byte[] bytes, String sha256) {
    Decoded decoded = decode(file, bytes);
    String text = decoded.text;
    if (BINARY.matcher(text).find()) {
      throw new SourceException("report is not a text file (it holds binary data): " + file);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    text = EDGE_SPACES.matcher(text).replaceAll("");
    if (text.isBlank()) {
      throw new SourceException("report is empty: " + file);
    }
    return new SourceText(
        text, new Origin(Format.TEXT, decoded.encoding, sha256, LineLocator.INSTANCE));
  }

  private record Decoded(String text, String encoding) {}

  private static Decoded decode(String file, byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3, file), "UTF-8 with BOM");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2, file), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2, file), "UTF-16BE");
    }
    String utf8 = tryDecode(StandardCharsets.UTF_8, bytes, 0);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    String gbk = tryDecode(GBK, bytes, 0);
    if (gbk != null) {
      return new Decoded(gbk, "GBK");
    }
    String gb18030 = tryDecode(GB18030, bytes, 0);
    if (gb18030 != null) {
      return new Decoded(gb18030, "GB18030");
    }
    throw new SourceException("report is not UTF-8, GBK or GB18030 text: " + file);
  }

  private static String strict(Charset charset, byte[] bytes, int offset, String file) {
    String text = tryDecode(charset, bytes, offset);
    if (text == null) {
      throw new SourceException(
          "report starts with a "
              + charset.name()
              + " byte-order mark but is not "
              + charset.name()
              + " text: "
              + file);
    }
    return text;
  }

  /** The text, or null when the bytes are not valid in the charset. */
  private static String tryDecode(Charset charset, byte[] bytes, int offset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
