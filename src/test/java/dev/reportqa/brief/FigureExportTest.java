package dev.reportqa.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.reportqa.TestReports;
import dev.reportqa.query.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureExportTest {

  private static final List<Figure> FIGURES = new FigureExtractor().extract(TestReports.xitang());

  private final FigureExport export = new FigureExport(BriefWording.load(null));

  @Test
  void should_read_back_every_figure_with_a_csv_parser_when_exported_as_csv() throws Exception {
    // given
    String csv =
        export.render(FIGURES, ExportFormat.CSV, "xitang-2024-h1-report.md", null, Language.ZH);

    // when
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      rows = it.readAll();
    }

    // then
    assertThat(rows).hasSize(FIGURES.size());
    assertThat(rows.get(0).keySet())
        .containsExactly(
            "lines",
            "period",
            "measured",
            "written",
            "change",
            "value",
            "unit",
            "qualifier",
            "growth",
            "growthValue",
            "growthUnit",
            "section",
            "clause");
    Map<String, String> visitors = row(rows, "645万人次");
    assertThat(visitors)
        .containsEntry("lines", "23")
        .containsEntry("period", "first_half_achieved")
        .containsEntry("measured", "接待游客")
        .containsEntry("value", "6450000")
        .containsEntry("unit", "人次")
        .containsEntry("growth", "同比增长5%")
        .containsEntry("growthValue", "5")
        .containsEntry("growthUnit", "%")
        .containsEntry("clause", "今年以来累计接待游客645万人次、同比增长5%");
    assertThat(row(rows, "突破 1200 万人次"))
        .containsEntry("lines", "87")
        .containsEntry("period", "full_year_target")
        .containsEntry("value", "12000000")
        .containsEntry("qualifier", "突破")
        .containsEntry("growthValue", "");
    assertThat(row(rows, "超10670 人次")).containsEntry("lines", "53;55");
  }

  @Test
  void should_read_back_numbers_as_numbers_with_jackson_when_exported_as_json() throws Exception {
    // given
    String json =
        export.render(FIGURES, ExportFormat.JSON, "xitang-2024-h1-report.md", "旅游", Language.ZH);

    // when
    JsonNode doc = new ObjectMapper().readTree(json);

    // then
    assertThat(doc.get("report").asText()).isEqualTo("xitang-2024-h1-report.md");
    assertThat(doc.get("topic").asText()).isEqualTo("旅游");
    assertThat(doc.get("figures")).hasSize(FIGURES.size());
    JsonNode gdp = doc.get("figures").get(0);
    assertThat(gdp.get("measured").asText()).isEqualTo("地区生产总值");
    assertThat(gdp.get("written").asText()).isEqualTo("46.23亿元");
    assertThat(gdp.get("value").isNumber()).isTrue();
    assertThat(gdp.get("value").decimalValue()).isEqualByComparingTo("4623000000");
    assertThat(json).contains("\"value\" : 4623000000,");
    assertThat(gdp.get("lines").get(0).asInt()).isEqualTo(17);
    assertThat(gdp.get("growthValue").isNull()).isTrue();
  }

  @Test
  void
      should_write_one_markdown_row_per_figure_with_headings_in_the_language_when_exported_as_md() {
    // when
    String md =
        export.render(FIGURES, ExportFormat.MD, "xitang-2024-h1-report.md", "tourism", Language.EN);

    // then
    List<String> lines = md.lines().toList();
    assertThat(lines).hasSize(FIGURES.size() + 2);
    assertThat(lines.get(0))
        .matches(
            "\\| Line\\s+\\| Period\\s+\\| Measured\\s+\\| As written\\s+\\| Value\\s+\\| Unit\\s+\\| Growth\\s+\\|");
    assertThat(md)
        .containsPattern(
            "\\| \\[L23]\\s+\\| first-half result\\s+\\| 接待游客\\s+\\| 645万人次\\s+\\| 6450000\\s+\\| 人次\\s+\\| 同比增长5%\\s+\\|");
  }

  @Test
  void should_name_the_choices_when_the_format_is_unknown() {
    assertThatThrownBy(() -> ExportFormat.parse("xlsx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xlsx' — use --format csv, json or md");
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String written) {
    return rows.stream().filter(r -> r.get("written").equals(written)).findFirst().orElseThrow();
  }

  @Test
  void should_neutralise_a_csv_cell_only_when_a_spreadsheet_would_run_it() {
    Map<String, String> cases =
        Map.of(
            "=1+2", "'=1+2",
            "+SUM(A1)", "'+SUM(A1)",
            "-2+3", "'-2+3",
            "@cmd", "'@cmd",
            "\tx", "'\tx",
            "\rx", "'\rx",
            "接待游客", "接待游客",
            "5%", "5%");

    cases.forEach((cell, written) -> assertThat(FigureExport.neutralise(cell)).isEqualTo(written));
  }
}
