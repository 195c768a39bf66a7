package dev.reportqa.vocab;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words numbers are read with, from {@code vocab/quantities.tsv}: multipliers, units with their
 * kind and English, bounds with their sense, words of change with their direction, and the forms of
 * a rank. The one list every stage reads figures with; loaded once. Word lists are longest first,
 * so that a scan or an alternation takes 个百分点 before 个 and 人次 before 人.
 */
public final class QuantityVocabulary {

  public static final String RESOURCE = "vocab/quantities.tsv";

  /** What a unit measures. */
  public enum Kind {
    /** Things counted; what is counted may follow the number (3 家企业). */
    COUNT,
    PEOPLE,
    MONEY,
    /** A share, or a change of one: %, 百分点. */
    RATE,
    /** 倍. */
    MULTIPLE,
    AREA,
    LENGTH,
    VOLUME,
    WEIGHT,
    ENERGY,
    POWER,
    /** A duration. */
    TIME,
    AGE,
    /** The number names a thing: 100周年, 第三届. */
    NAME,
    /** A calendar word (3月, 8日): not a quantity. */
    DATE;

    /** Whether the unit measures an amount rather than counts things or people. */
    public boolean measures() {
      return this != COUNT && this != PEOPLE && this != NAME && this != DATE;
    }

    /**
     * Whether a figure of this kind is a rate or a multiple, which a change verb turns to a change.
     */
    public boolean isRate() {
      return this == RATE || this == MULTIPLE;
    }
  }

  /** Where a bound is written. */
  public enum Position {
    BEFORE,
    AFTER,
    /** Between the number and the unit, before or after the multiplier: 2.6万余件, 10余万人. */
    INNER
  }

  /** What a bound says of the figure. */
  public enum Sense {
    ABOVE,
    AT_LEAST,
    AT_MOST,
    ABOUT,
    NEARLY,
    /** Leads into the number, bounding nothing: 达到. */
    LEAD_IN
  }

  /** A direction of change. */
  public enum Direction {
    UP,
    DOWN
  }

  /** What a rank word does. */
  public enum RankRole {
    /** The field ranked in, before 第: 全省. */
    SCOPE,
    /** Written before the number of a place: 第. */
    ORDINAL,
    /** A first place without a number: 首位. */
    TOP
  }

  /**
   * A unit.
   *
   * @param name the unit as figures carry it (the first form)
   * @param forms every way it is written, the name first: 百分点, 个百分点
   * @param english the English words; empty when the number stands alone
   */
  public record UnitWord(String name, List<String> forms, Kind kind, String english) {
    public UnitWord {
      forms = List.copyOf(forms);
      if (forms.isEmpty() || !forms.get(0).equals(name)) {
        throw new IllegalArgumentException("a unit's first form is its name: " + name);
      }
    }
  }

  /**
   * A bound word.
   *
   * @param english the words an English figure starts with (more than, at least); empty for none
   */
  public record Bound(String word, Position position, Sense sense, String english) {}

  private final String source;
  private final Map<String, BigDecimal> multipliers;
  private final Map<String, UnitWord> unitsByForm;
  private final List<UnitWord> units;
  private final Map<String, Bound> bounds;
  private final Map<String, Direction> changes;
  private final Map<String, RankRole> ranks;

  private QuantityVocabulary(DataFile file) {
    this.source = file.source();
    Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
    List<UnitWord> units = new ArrayList<>();
    Map<String, UnitWord> byForm = new HashMap<>();
    Map<String, Bound> bounds = new LinkedHashMap<>();
    Map<String, Direction> changes = new LinkedHashMap<>();
    Map<String, RankRole> ranks = new LinkedHashMap<>();
    for (DataFile.Line line : file.lines()) {
      String[] f = line.text().split("\t", -1);
      int n = line.number();
      switch (f[0].strip()) {
        case "multiplier" -> {
          fields(file, line, f, 3, "multiplier<TAB>word<TAB>factor");
          String word = f[1].strip();
          try {
            unique(file, n, multipliers.put(word, new BigDecimal(f[2].strip())), word);
          } catch (NumberFormatException e) {
            throw file.error(n, "the factor of " + word + " is not a number: '" + f[2] + "'");
          }
        }
        case "unit" -> {
          fields(file, line, f, 4, "unit<TAB>forms<TAB>kind<TAB>English");
          List<String> forms = file.alternatives(n, f[1]);
          UnitWord unit =
              new UnitWord(forms.get(0), forms, parse(file, n, Kind.class, f[2]), optional(f[3]));
          units.add(unit);
          for (String form : forms) {
            unique(file, n, byForm.put(form, unit), form);
          }
        }
        case "bound" -> {
          fields(file, line, f, 5, "bound<TAB>words<TAB>where<TAB>sense<TAB>English");
          Position position = parse(file, n, Position.class, f[2]);
          Sense sense = parse(file, n, Sense.class, f[3]);
          for (String w : file.alternatives(n, f[1])) {
            unique(file, n, bounds.put(w, new Bound(w, position, sense, optional(f[4]))), w);
          }
        }
        case "change" -> {
          fields(file, line, f, 3, "change<TAB>words<TAB>up|down");
          Direction d = parse(file, n, Direction.class, f[2]);
          for (String w : file.alternatives(n, f[1])) {
            unique(file, n, changes.put(w, d), w);
          }
        }
        case "rank" -> {
          fields(file, line, f, 3, "rank<TAB>words<TAB>role");
          RankRole role = parse(file, n, RankRole.class, f[2]);
          for (String w : file.alternatives(n, f[1])) {
            unique(file, n, ranks.put(w, role), w);
          }
        }
        default ->
            throw file.error(
                n,
                "unknown category '"
                    + f[0].strip()
                    + "' (expected multiplier, unit, bound, change or rank)");
      }
    }
    for (String category : List.of("multiplier", "unit", "bound", "change", "rank")) {
      boolean empty =
          switch (category) {
            case "multiplier" -> multipliers.isEmpty();
            case "unit" -> units.isEmpty();
            case "bound" -> bounds.isEmpty();
            case "change" -> changes.isEmpty();
            default -> ranks.isEmpty();
          };
      if (empty) {
        throw new DataFileException(source + ": no '" + category + "' lines");
      }
    }
    this.multipliers = Map.copyOf(multipliers);
    this.units = List.copyOf(units);
    this.unitsByForm = Map.copyOf(byForm);
    this.bounds = Map.copyOf(bounds);
    this.changes = Map.copyOf(changes);
    this.ranks = Map.copyOf(ranks);
  }

  /** The bundled vocabulary, read once: the file is part of the jar. */
  public static QuantityVocabulary bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final QuantityVocabulary BUNDLED = new QuantityVocabulary(DataFile.resource(RESOURCE));
  }

  /**
   * Reads a vocabulary file; {@code source} names it in errors.
   *
   * @throws DataFileException naming the file and line of a malformed line or unknown category
   */
  public static QuantityVocabulary read(String source, InputStream in) {
    return new QuantityVocabulary(DataFile.read(source, in));
  }

  // --- multipliers ---

  /** The multiplier words (万, 亿, 万亿 …), longest first. */
  public List<String> multipliers() {
    return longestFirst(multipliers.keySet());
  }

  /** The factor of a multiplier word; 1 for the empty word. */
  public BigDecimal factor(String multiplier) {
    if (multiplier.isEmpty()) {
      return BigDecimal.ONE;
    }
    BigDecimal f = multipliers.get(multiplier);
    if (f == null) {
      throw new IllegalArgumentException("not a multiplier of " + source + ": " + multiplier);
    }
    return f;
  }

  // --- units ---

  /** The units, in file order. */
  public List<UnitWord> units() {
    return units;
  }

  /**
   * Every written form of the units of the given kinds (all kinds when none given), longest first.
   */
  public List<String> unitForms(Kind... kinds) {
    Set<Kind> wanted = kinds.length == 0 ? Set.of(Kind.values()) : Set.of(kinds);
    return longestFirst(
        units.stream()
            .filter(u -> wanted.contains(u.kind()))
            .flatMap(u -> u.forms().stream())
            .toList());
  }

  /** The unit a form is written for: 个百分点 → 百分点, ％ → %. */
  public Optional<UnitWord> unit(String form) {
    return Optional.ofNullable(unitsByForm.get(form));
  }

  /** The kind of a unit's name or form; empty for a bare number or an unknown word. */
  public Optional<Kind> kind(String unit) {
    return unit(unit).map(UnitWord::kind);
  }

  /** Whether the unit is of one of the kinds. */
  public boolean is(String unit, Kind... kinds) {
    Optional<Kind> k = kind(unit);
    return k.isPresent() && List.of(kinds).contains(k.get());
  }

  /** The English words of a unit; empty when it has none or is unknown. */
  public String english(String unit) {
    return unit(unit).map(UnitWord::english).orElse("");
  }

  // --- bounds ---

  /** The bound words written at a position, longest first. */
  public List<String> bounds(Position position) {
    return longestFirst(
        bounds.values().stream().filter(b -> b.position() == position).map(Bound::word).toList());
  }

  /** The bound words with a sense, longest first. */
  public List<String> bounds(Sense sense) {
    return longestFirst(
        bounds.values().stream().filter(b -> b.sense() == sense).map(Bound::word).toList());
  }

  /** A bound word. */
  public Optional<Bound> bound(String word) {
    return Optional.ofNullable(bounds.get(word));
  }

  // --- changes ---

  /** The words of change, longest first; of one direction when given. */
  public List<String> changes(Direction... directions) {
    Set<Direction> wanted =
        directions.length == 0 ? Set.of(Direction.values()) : Set.of(directions);
    return longestFirst(
        changes.entrySet().stream()
            .filter(e -> wanted.contains(e.getValue()))
            .map(Map.Entry::getKey)
            .toList());
  }

  // --- ranks ---

  /** The rank words of a role, longest first. */
  public List<String> ranks(RankRole role) {
    return longestFirst(
        ranks.entrySet().stream()
            .filter(e -> e.getValue() == role)
            .map(Map.Entry::getKey)
            .toList());
  }

  // --- helpers ---

  /** A regular-expression alternation of words, quoted, in the order given. */
  public static String alternation(List<String> words) {
    return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static List<String> longestFirst(Collection<String> words) {
    return words.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private static void fields(DataFile file, DataFile.Line line, String[] f, int n, String form) {
    if (f.length != n) {
      throw file.error(line.number(), "expected " + form + ", found " + f.length + " columns");
    }
    for (String field : f) {
      if (field.isBlank()) {
        throw file.error(line.number(), "empty column; expected " + form + " (\"-\" for none)");
      }
    }
  }

  private static <E extends Enum<E>> E parse(DataFile file, int line, Class<E> type, String s) {
    try {
      return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw file.error(
          line,
          "unknown "
              + type.getSimpleName().toLowerCase(Locale.ROOT)
              + " '"
              + s.strip()
              + "' (expected "
              + java.util.Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                  .collect(Collectors.joining(", "))
              + ")");
    }
  }

  private static void unique(DataFile file, int line, Object previous, String word) {
    if (previous != null) {
      throw file.error(line, "'" + word + "' is listed twice");
    }
  }

  private static String optional(String field) {
    String s = field.strip();
    return s.equals("-") ? "" : s;
  }
}
