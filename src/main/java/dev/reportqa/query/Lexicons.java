package dev.reportqa.query;

import dev.reportqa.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lexicons a set of reports is read with, in three layers, as Lucene's synonym factory merges
 * several files: the general layer ({@code lexicon/en-zh.tsv}, {@code lexicon/zh-synonyms.tsv}: the
 * words of work reports anywhere); a regional layer for each region a report belongs to ({@code
 * lexicon/region/<region>.tsv}: its places and its own programmes); and each report's own overlay,
 * an optional file beside it ({@code report.lexicon.tsv}: the names of that report). A later
 * layer's entry replaces an earlier one's. In the regional and report files a line with a tab is an
 * English entry ({@code english|…<TAB>中文|…}), a line without one a synonym group ({@code 中文|中文}).
 */
public final class Lexicons {

  /** The regions with a layer of their own, and the names that tell a report belongs to one. */
  static final String REGIONS = "lexicon/region/regions.tsv";

  /** A report belongs to a region when it is the region or names it this often. */
  static final int REGION_MENTIONS = 2;

  private final BilingualLexicon bilingual;
  private final SynonymLexicon synonyms;
  private final List<String> layers;

  private Lexicons(List<LexiconLayer> layers) {
    List<LexiconLayer> bilingualLayers = new ArrayList<>();
    List<LexiconLayer> synonymLayers = new ArrayList<>();
    bilingualLayers.add(
        new LexiconLayer(
            BilingualLexicon.RESOURCE, LexiconFiles.readResource(BilingualLexicon.RESOURCE)));
    synonymLayers.add(
        new LexiconLayer(
            SynonymLexicon.RESOURCE, LexiconFiles.readResource(SynonymLexicon.RESOURCE)));
    for (LexiconLayer layer : layers) {
      bilingualLayers.add(layer.bilingualPart());
      synonymLayers.add(layer.synonymPart());
    }
    this.bilingual = BilingualLexicon.of(bilingualLayers);
    this.synonyms = SynonymLexicon.of(synonymLayers);
    List<String> names = new ArrayList<>(List.of("general"));
    layers.forEach(l -> names.add(l.source()));
    this.layers = List.copyOf(names);
  }

  /** The general layer alone. */
  public static Lexicons general() {
    return new Lexicons(List.of());
  }

  /**
   * The layers for a set of reports: general, the regions they belong to, their own overlays.
   *
   * @throws LexiconException naming the file and line of a malformed layer
   */
  public static Lexicons forReports(List<Report> reports) {
    return forReports(reports, null);
  }

  /**
   * The layers for a set of reports, and beside them the English names of the places the reports
   * name ({@link #places()}): English writes a Chinese place in Hanyu Pinyin, so each place HanLP
   * finds in a report (and the report's own) is entered under its pinyin, without and with its
   * level ("changchun", "changchun city"). The layers win where both know a word.
   *
   * @param resources HanLP for places and pinyin; without it (null or not loaded) no place layer
   */
  public static Lexicons forReports(List<Report> reports, LanguageResources resources) {
    List<LexiconLayer> layers = new ArrayList<>();
    for (Map.Entry<String, List<String>> region : regions().entrySet()) {
      if (reports.stream().anyMatch(r -> belongs(r, region.getValue()))) {
        String resource = "lexicon/region/" + region.getKey() + ".tsv";
        layers.add(new LexiconLayer(resource, LexiconFiles.readResource(resource)));
      }
    }
    for (Report r : reports) {
      r.lexiconOverlay()
          .ifPresent(
              o ->
                  layers.add(
                      new LexiconLayer(
                          o.source(),
                          LexiconFiles.read(
                              o.source(),
                              new ByteArrayInputStream(
                                  o.text().getBytes(StandardCharsets.UTF_8))))));
    }
    Lexicons lexicons = new Lexicons(layers);
    if (resources != null && resources.chinese().isPresent()) {
      // Read on the first English question only: finding the places segments the whole report,
      // which loads HanLP's dictionaries (most of a second) that a Chinese question may not need.
      dev.reportqa.nlp.ChineseNlp nlp = resources.chinese().get();
      lexicons.places =
          memoized(
              () -> BilingualLexicon.of(List.of(PlaceNames.layer(reports, nlp).bilingualPart())));
    }
    return lexicons;
  }

  private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> s) {
    return new java.util.function.Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }

  /**
   * The English names of the places the reports name (their pinyin), consulted where the layers do
   * not know a word; built on first use.
   */
  public java.util.function.Supplier<BilingualLexicon> places() {
    return places;
  }

  private java.util.function.Supplier<BilingualLexicon> places = () -> NO_PLACES;

  private static final BilingualLexicon NO_PLACES = BilingualLexicon.of(List.of());

  private static Map<String, List<String>> regions() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (LexiconFiles.Line line : LexiconFiles.readResource(REGIONS)) {
      String[] fields = line.text().split("\t", -1);
      if (fields.length != 2) {
        throw LexiconException.at(REGIONS, line.number(), "expected <region><TAB><names>");
      }
      out.put(fields[0].strip(), LexiconFiles.alternatives(REGIONS, line.number(), fields[1]));
    }
    return out;
  }

  /** Whether a report is about a place of the region, or names the region often. */
  private static boolean belongs(Report report, List<String> names) {
    String place = report.metadata().place();
    if (names.stream().anyMatch(place::startsWith)) {
      return true;
    }
    String text = String.join("\n", report.lines());
    for (String name : names) {
      int count = 0;
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
        count++;
      }
      if (count >= REGION_MENTIONS) {
        return true;
      }
    }
    return false;
  }

  public BilingualLexicon bilingual() {
    return bilingual;
  }

  public SynonymLexicon synonyms() {
    return synonyms;
  }

  /** The layers in force, general first: for {@code config} and {@code sources}. */
  public List<String> layers() {
    return layers;
  }
}
