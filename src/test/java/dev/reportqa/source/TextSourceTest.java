package dev.reportqa.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextSourceTest {

  private static final String REPORT = "政府工作报告\n\n一、2024年工作回顾\n全市生产总值增长5%。\n";

  static Stream<Arguments> encodings() {
    byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    byte[] utf16 = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE);
    return Stream.of(
        Arguments.of("UTF-8", utf8),
        Arguments.of("UTF-8 with BOM", bom),
        Arguments.of("GBK", REPORT.getBytes(Charset.forName("GBK"))),
        Arguments.of("UTF-16LE", utf16));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void should_decode_and_name_the_encoding_when_a_report_is_in_it(String encoding, byte[] bytes) {
    // when
    SourceText text = TextSource.read("r.txt", bytes, "");

    // then
    assertThat(text.text()).isEqualTo(REPORT);
    assertThat(text.origin().encoding()).isEqualTo(encoding);
    assertThat(text.origin().locator()).isSameAs(LineLocator.INSTANCE);
  }

  @Test
  void should_read_gb18030_when_a_character_is_outside_gbk() {
    // given: 𠮷 (U+20BB7) has a four-byte code in GB18030 and none in GBK
    String report = "政府工作报告\n吉𠮷镇\n";

    // when
    SourceText text = TextSource.read("r.txt", report.getBytes(Charset.forName("GB18030")), "");

    // then
    assertThat(text.text()).isEqualTo(report);
    assertThat(text.origin().encoding()).isEqualTo("GB18030");
  }

  @Test
  void should_keep_every_line_when_lines_end_in_crlf_and_open_with_full_width_spaces() {
    // given
    String report = "\u3000\u3000政府工作报告\r\n\r\n\u2003\u2003各位代表：\u3000\r\n  现在，我代表市人民政府。\r\n";

    // when
    SourceText text = TextSource.read("r.txt", report.getBytes(StandardCharsets.UTF_8), "");

    // then: four lines, as in the file
    assertThat(text.text()).isEqualTo("政府工作报告\n\n各位代表：\n现在，我代表市人民政府。\n");
  }

  @Test
  void should_reject_a_file_when_it_holds_binary_data() {
    // given
    byte[] bytes = {'%', 'P', 0, 1, 2, 'x'};

    // when, then
    assertThatThrownBy(() -> TextSource.read("r.txt", bytes, ""))
        .isInstanceOf(SourceException.class)
        .hasMessage("report is not a text file (it holds binary data): r.txt");
  }

  @Test
  void should_reject_a_report_when_it_holds_only_spaces() {
    assertThatThrownBy(() -> TextSource.read("r.txt", "\u3000 \r\n\t\n".getBytes(), ""))
        .isInstanceOf(SourceException.class)
        .hasMessage("report is empty: r.txt");
  }
}
