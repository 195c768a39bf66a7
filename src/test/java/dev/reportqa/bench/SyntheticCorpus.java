package dev.reportqa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic reports made from the bundled one, for the many-reports benchmark: each keeps the
 * structure and wording, with its own town, speaker and company names and every figure scaled by a
 * random factor, so that the reports differ where questions look (names, numbers) and the index is
 * as large as that many real reports. The same seed gives the same corpus.
 */
final class SyntheticCorpus {

  private static final String NAMES = "/bench/synthetic-names.tsv";

  /**
   * A figure with its unit: years (2024年), dates, section numbers, codes ("9610") and names (PM2.5,
   * 5A级) have none of these units after them and stay as they are.
   */
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![\\d.])(\\d+(?:\\.\\d+)?)(?=\\s*[万亿千]*\\s*(?:美元|元|吨|亩|个|家|项|人次|人|名|件|场|次"
              + "|座|条|公里|所|户|%|倍|起|辆|套|间|处|批|台))");

  /** Figures are scaled by a factor in [MIN_SCALE, MIN_SCALE + 1). */
  private static final double MIN_SCALE = 0.5;

  private final Map<String, List<String>> names;
  private final Random random;

  SyntheticCorpus(long seed) {
    this.names = readNames();
    this.random = new Random(seed);
  }

  /**
   * Writes {@code count} reports named {@code report-001.md} … into the folder, so that {@link
   * dev.reportqa.report.ReportLoader#loadAll} reads them in generation order.
   */
  List<Path> write(String bundled, int count, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    Set<String> towns = new HashSet<>();
    for (int i = 1; i <= count; i++) {
      String town;
      do {
        town = pick("town-first") + pick("town-second");
      } while (!towns.add(town));
      Path file = folder.resolve(String.format(Locale.ROOT, "report-%03d.md", i));
      Files.writeString(file, report(bundled, town), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  /** One synthetic report: names swapped, figures scaled, line structure kept. */
  String report(String bundled, String town) {
    String text = bundled;
    for (String t : names.get("town")) {
      text = text.replace(t, town);
    }
    for (String p : names.get("person")) {
      text = text.replace(p, pick("surname") + pick("given") + pick("given"));
    }
    for (String c : names.get("company")) {
      text = text.replace(c, pick("brand") + pick("brand"));
    }
    Matcher m = FIGURE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(scale(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The figure times a random factor, with as many decimals as it had; never below 1 if whole. */
  private String scale(String figure) {
    BigDecimal value = new BigDecimal(figure);
    BigDecimal scaled =
        value
            .multiply(BigDecimal.valueOf(MIN_SCALE + random.nextDouble()))
            .setScale(value.scale(), RoundingMode.HALF_UP);
    if (value.scale() == 0 && scaled.signum() == 0) {
      scaled = BigDecimal.ONE;
    }
    return scaled.toPlainString();
  }

  private String pick(String kind) {
    List<String> pool = names.get(kind);
    return pool.get(random.nextInt(pool.size()));
  }

  private static Map<String, List<String>> readNames() {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = SyntheticCorpus.class.getResourceAsStream(NAMES)) {
      if (in == null) {
        throw new IllegalStateException("missing " + NAMES + " on the test classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0], List.of(f[1].trim().split("\\s+")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
