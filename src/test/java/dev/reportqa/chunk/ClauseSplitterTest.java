package dev.reportqa.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

  private final List<Unit> units = new SentenceChunker().chunk(TestReports.xitang());

  @Test
  void should_cut_at_commas_but_keep_enumerations_whole() {
    Unit gdp =
        units.stream().filter(u -> u.text().startsWith("上半年实现地区生产总值")).findFirst().orElseThrow();

    List<Clause> clauses = ClauseSplitter.split(gdp);

    assertThat(clauses)
        .extracting(Clause::text)
        .containsExactly("上半年实现地区生产总值46.23亿元", "财政总收入和一般公共预算收入分别增长13.7%、20.4%", "两项收入指标均列全县第1");
    assertThat(clauses).allSatisfy(c -> assertThat(c.lines()).containsExactly(17));
  }

  @Test
  void should_give_a_clause_across_a_page_break_both_lines() {
    Unit health = units.stream().filter(u -> u.text().contains("10670")).findFirst().orElseThrow();

    Clause checkups =
        ClauseSplitter.split(health).stream()
            .filter(c -> c.text().contains("10670"))
            .findFirst()
            .orElseThrow();

    // 超 stands at the end of L53, the rest after the page break on L55
    assertThat(checkups.text()).isEqualTo("超10670 人次免费享受居民健康检查");
    assertThat(checkups.lines()).containsExactly(53, 55);
    Clause rates = ClauseSplitter.split(health).get(0);
    assertThat(rates.text()).isEqualTo("养老保险、基本医疗保险户籍人口参保率分别达 97.91%");
    assertThat(rates.lines()).containsExactly(53);
  }
}
