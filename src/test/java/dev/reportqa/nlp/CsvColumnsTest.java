package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvColumnsTest {

  private static final boolean[] ALL = {true, true, true, true};

  @Test
  void should_read_quoted_fields_with_commas_doubled_quotes_and_line_breaks() throws IOException {
    // given
    CsvColumns csv =
        new CsvColumns(
            new StringReader(
                "word,translation\r\n"
                    + "gross,\"a. 总的, 毛重的\"\n"
                    + "quote,\"他说\"\"好\"\"\"\n"
                    + "two lines,\"第一行\n第二行\",extra\n"
                    + "last,no line feed"));
    // when / then
    assertThat(csv.next(ALL)).containsExactly("word", "translation");
    assertThat(csv.next(ALL)).containsExactly("gross", "a. 总的, 毛重的");
    assertThat(csv.next(ALL)).containsExactly("quote", "他说\"好\"");
    assertThat(csv.next(ALL)).containsExactly("two lines", "第一行\n第二行", "extra");
    assertThat(csv.next(ALL)).containsExactly("last", "no line feed");
    assertThat(csv.next(ALL)).isNull();
  }

  @Test
  void should_give_null_for_columns_not_kept() throws IOException {
    // given
    CsvColumns csv = new CsvColumns(new StringReader("a,\"b,b\",c,d,e\n"));
    // when
    String[] row = csv.next(new boolean[] {true, false, true});
    // then
    assertThat(row).containsExactly("a", null, "c", null, null);
  }
}
