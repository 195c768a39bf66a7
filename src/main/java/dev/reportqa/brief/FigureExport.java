package dev.reportqa.brief;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.reportqa.answer.Citation;
import dev.reportqa.query.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders figures as a table: CSV and JSON with the fields of {@link FigureRecord}, or Markdown
 * with headings in a language, the same table the {@code figures} command prints.
 */
public final class FigureExport {

  private final BriefWording wording;
  private final CsvMapper csv = new CsvMapper();
  private final ObjectMapper json =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  public FigureExport(BriefWording wording) {
    this.wording = Objects.requireNonNull(wording, "wording");
    csv.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    // Quote only the cells that need it (a comma, a quote, a line break), not every '%'.
    csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  }

  /**
   * The figures in a format.
   *
   * @param report the report's file name, recorded in JSON
   * @param topic the topic they were selected by, or null for all
   * @param language the language of Markdown headings
   */
  public String render(
      List<Figure> figures, ExportFormat format, String report, String topic, Language language) {
    return render(figures, format, report, topic, language, Citation.LINES);
  }

  /**
   * The figures in a format, Markdown citing places of the report's file ({@code [p.12 ¶3]}); CSV
   * and JSON keep the lines of the report's text.
   */
  public String render(
      List<Figure> figures,
      ExportFormat format,
      String report,
      String topic,
      Language language,
      Citation citation) {
    return switch (format) {
      case CSV -> csv(figures);
      case JSON -> json(figures, report, topic);
      case MD -> markdown(figures, report, language, citation);
    };
  }

  /**
   * CSV with a header row, UTF-8 text; lines of a figure joined by {@code ;}; text cells that a
   * spreadsheet would run as a formula {@link #neutralise neutralised}.
   */
  public String csv(List<Figure> figures) {
    CsvSchema schema =
        csv.schemaFor(FigureRecord.class).withHeader().withArrayElementSeparator(";");
    try {
      return csv.writer(schema)
          .writeValueAsString(records(figures).stream().map(FigureExport::neutralised).toList());
    } catch (JsonProcessingException e) {
      throw new BriefException("cannot write figures as CSV: " + e.getOriginalMessage(), e);
    }
  }

  /** A JSON object: {@code {"report": …, "topic": … or null, "figures": [ … ]}}. */
  public String json(List<Figure> figures, String report, String topic) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("report", report);
    doc.put("topic", topic == null || topic.isBlank() ? null : topic.strip());
    doc.put("figures", records(figures));
    try {
      return json.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new BriefException("cannot write figures as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A Markdown table: line, period, measured, as written, value, unit, growth. */
  public String markdown(List<Figure> figures, Language language) {
    return markdown(figures, "", language, Citation.LINES);
  }

  /** The Markdown table, each figure cited as a place of the report's file ({@code [p.12 ¶3]}). */
  public String markdown(
      List<Figure> figures, String report, Language language, Citation citation) {
    MarkdownTable table =
        new MarkdownTable(
            List.of(
                wording.get(language, "figures.line"),
                wording.get(language, "figures.period"),
                wording.get(language, "figures.measured"),
                wording.get(language, "figures.written"),
                wording.get(language, "figures.value"),
                wording.get(language, "figures.unit"),
                wording.get(language, "figures.growth")));
    for (Figure f : figures) {
      table.add(
          List.of(
              citation.format(report, f.lines(), f.clause().text()),
              wording.period(language, f.period(), f.periodCode()),
              f.measured(),
              f.change() + f.written(),
              f.value().toPlainString(),
              f.unit(),
              f.growth() == null ? "" : f.growth().display()));
    }
    return table.render();
  }

  /**
   * A text cell as a spreadsheet will not run it: a cell starting with {@code =}, {@code +}, {@code
   * -}, {@code @}, a tab or a carriage return is read as a formula by Excel and LibreOffice (CSV
   * injection), so it gets a leading apostrophe, which they show as text. Numbers stay numbers: the
   * numeric columns are not text cells.
   */
  static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static FigureRecord neutralised(FigureRecord r) {
    return new FigureRecord(
        r.lines(),
        neutralise(r.period()),
        neutralise(r.measured()),
        neutralise(r.written()),
        neutralise(r.change()),
        r.value(),
        neutralise(r.unit()),
        neutralise(r.qualifier()),
        neutralise(r.growth()),
        r.growthValue(),
        neutralise(r.growthUnit()),
        neutralise(r.section()),
        neutralise(r.clause()));
  }

  private static List<FigureRecord> records(List<Figure> figures) {
    return figures.stream().map(FigureRecord::of).toList();
  }
}
