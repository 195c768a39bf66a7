package dev.reportqa.nlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles ECDICT's CSV into the file {@link CompiledDictionary} reads: the parse of 770,000 rows
 * (seconds) happens once, a start maps the result (milliseconds).
 *
 * <p>What is kept of a row: its headword, lower-cased; the cleaned translations ({@link
 * TranslationCleaner}); the base form it names in the {@code exchange} column ({@code 0:subsidy});
 * and its frequency rank, the better of the {@code bnc} and {@code frq} ranks (1 is the most
 * frequent word, 0 unknown). A row with neither translations nor a base form is left out. An
 * inflection that has no row of its own ({@code s:investments} under {@code investment}) gets one
 * that names its base form. A headword that appears twice after lower-casing keeps its first row.
 *
 * <p>The words a typo may have been meant as are the single plain words of known frequency and
 * their inflections, with their rank: a second, small FST.
 */
final class DictionaryCompiler {

  /** Longer headwords are sentences, not phrases a question holds; they are left out. */
  static final int MAX_KEY_BYTES = 120;

  private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+(?:['\\-][a-z]+)*");

  /** Inflection kinds of the exchange column that name a form of this headword. */
  private static final String FORM_KINDS = "pdi3srt";

  private static final String[] COLUMNS = {"word", "translation", "bnc", "frq", "exchange"};

  private static final Logger log = LoggerFactory.getLogger(DictionaryCompiler.class);

  private DictionaryCompiler() {}

  /**
   * Reads the whole CSV and returns the compiled file's bytes.
   *
   * @param csv ECDICT's CSV with its header row; closed by the caller
   * @param version the dictionary's version, written into the file and checked on load
   * @throws IOException when the CSV cannot be read
   * @throws IllegalArgumentException when the CSV lacks a needed column
   */
  static byte[] compile(Reader csv, String version) throws IOException {
    long start = System.nanoTime();
    CsvColumns rows = new CsvColumns(csv);
    boolean[] everyColumn = new boolean[64];
    Arrays.fill(everyColumn, true);
    String[] header = rows.next(everyColumn);
    if (header == null) {
      throw new IllegalArgumentException("the dictionary CSV is empty");
    }
    int[] at = columns(header);
    int width = Arrays.stream(at).max().orElseThrow() + 1;
    boolean[] keep = new boolean[width];
    for (int i : at) {
      keep[i] = true;
    }
    ByteBuffersDataOutput records = new ByteBuffersDataOutput();
    List<Entry> entries = new ArrayList<>();
    Map<String, Lemma> forms = new HashMap<>();
    Map<String, Integer> candidates = new HashMap<>();
    for (String[] row = rows.next(keep); row != null; row = rows.next(keep)) {
      if (row.length < width) {
        continue;
      }
      String key = Keys.normalize(row[at[0]]);
      byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
      if (key.isEmpty() || keyBytes.length > MAX_KEY_BYTES) {
        continue;
      }
      List<String> translations = TranslationCleaner.clean(row[at[1]]);
      int rank = rank(row[at[2]], row[at[3]]);
      String lemma = "";
      for (String field : row[at[4]].split("/")) {
        int colon = field.indexOf(':');
        if (colon != 1) {
          continue;
        }
        char kind = field.charAt(0);
        String value = Keys.normalize(field.substring(2));
        if (value.isEmpty() || value.equals(key)) {
          continue;
        }
        if (kind == '0') {
          lemma = value;
        } else if (FORM_KINDS.indexOf(kind) >= 0) {
          forms.merge(value, new Lemma(key, rank), Lemma::better);
          if (rank > 0 && PLAIN_WORD.matcher(value).matches()) {
            candidates.merge(value, rank, Math::min);
          }
        }
      }
      if (rank > 0 && PLAIN_WORD.matcher(key).matches()) {
        candidates.merge(key, rank, Math::min);
      }
      if (!translations.isEmpty() || !lemma.isEmpty()) {
        long offset = records.size();
        writeRecord(records, rank, lemma, translations);
        entries.add(new Entry(keyBytes, offset, (int) (records.size() - offset)));
      }
    }
    long parsed = System.nanoTime();
    Comparator<Entry> byKey = (a, b) -> Arrays.compareUnsigned(a.key, b.key);
    entries.sort(byKey);
    entries = withoutRepeats(entries);
    int headwords = entries.size();
    for (Map.Entry<String, Lemma> form : forms.entrySet()) {
      Entry probe = new Entry(form.getKey().getBytes(StandardCharsets.UTF_8), 0, 0);
      if (probe.key.length <= MAX_KEY_BYTES
          && Collections.binarySearch(entries.subList(0, headwords), probe, byKey) < 0) {
        long offset = records.size();
        writeRecord(records, 0, form.getValue().word, List.of());
        entries.add(new Entry(probe.key, offset, (int) (records.size() - offset)));
      }
    }
    entries.sort(byKey);
    long sorted = System.nanoTime();
    byte[] file = write(version, entries, records, candidates);
    log.debug(
        "dictionary: {} entries; rows read and cleaned in {} ms, sorted in {} ms, written in {} ms",
        entries.size(),
        (parsed - start) / 1_000_000,
        (sorted - parsed) / 1_000_000,
        (System.nanoTime() - sorted) / 1_000_000);
    return file;
  }

  /** Indexes of the needed columns, found by name in the header. */
  private static int[] columns(String[] header) {
    int[] at = new int[COLUMNS.length];
    List<String> names = Arrays.stream(header).map(String::strip).toList();
    for (int i = 0; i < COLUMNS.length; i++) {
      at[i] = names.indexOf(COLUMNS[i]);
      if (at[i] < 0) {
        throw new IllegalArgumentException(
            "the dictionary CSV has no '" + COLUMNS[i] + "' column; its header is " + names);
      }
    }
    return at;
  }

  /** The better (smaller) of two positive frequency ranks; 0 when neither is known. */
  static int rank(String bnc, String frq) {
    int a = parseRank(bnc);
    int b = parseRank(frq);
    if (a == 0 || b == 0) {
      return Math.max(a, b);
    }
    return Math.min(a, b);
  }

  private static int parseRank(String s) {
    try {
      return Math.max(0, Integer.parseInt(s.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<Entry> withoutRepeats(List<Entry> sorted) {
    List<Entry> kept = new ArrayList<>(sorted.size());
    for (Entry e : sorted) {
      // The sort is stable, so the first of equal keys is the first row of the file.
      if (kept.isEmpty() || !Arrays.equals(kept.get(kept.size() - 1).key, e.key)) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static void writeRecord(DataOutput out, int rank, String lemma, List<String> translations)
      throws IOException {
    out.writeVInt(rank);
    out.writeString(lemma);
    out.writeVInt(translations.size());
    for (String t : translations) {
      out.writeString(t);
    }
  }

  private static byte[] write(
      String version,
      List<Entry> entries,
      ByteBuffersDataOutput records,
      Map<String, Integer> candidates)
      throws IOException {
    ByteBuffersDataOutput body = new ByteBuffersDataOutput();
    body.writeString(version);
    body.writeVInt(entries.size());
    body.writeVInt(candidates.size());

    IntsRefBuilder scratch = new IntsRefBuilder();
    FSTCompiler<Long> typos =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, PositiveIntOutputs.getSingleton()).build();
    List<BytesRef> words = new ArrayList<>(candidates.size());
    for (String w : candidates.keySet()) {
      words.add(new BytesRef(w));
    }
    Collections.sort(words);
    for (BytesRef w : words) {
      typos.add(Util.toIntsRef(w, scratch), (long) candidates.get(w.utf8ToString()));
    }
    save(typos, body);

    // Key offsets, then the keys; one offset more than there are keys, so that each has a length.
    int keyOffset = 0;
    for (Entry e : entries) {
      body.writeInt(keyOffset);
      keyOffset = Math.addExact(keyOffset, e.key.length);
    }
    body.writeInt(keyOffset);
    for (Entry e : entries) {
      body.writeBytes(e.key, e.key.length);
    }
    // Record offsets, then the records in entry order (they were written in row order).
    int recordOffset = 0;
    for (Entry e : entries) {
      body.writeInt(recordOffset);
      recordOffset = Math.addExact(recordOffset, e.length);
    }
    body.writeInt(recordOffset);
    byte[] all = records.toArrayCopy();
    for (Entry e : entries) {
      body.writeBytes(all, Math.toIntExact(e.offset), e.length);
    }

    long length = CompiledDictionary.PRELUDE_BYTES + body.size() + Long.BYTES;
    ByteBuffersDataOutput file = new ByteBuffersDataOutput();
    file.writeInt(CompiledDictionary.MAGIC);
    file.writeInt(CompiledDictionary.FORMAT);
    file.writeLong(length);
    body.copyTo(file);
    byte[] bytes = new byte[Math.toIntExact(length)];
    file.copyTo(new org.apache.lucene.store.ByteArrayDataOutput(bytes));
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    new org.apache.lucene.store.ByteArrayDataOutput(bytes, bytes.length - Long.BYTES, Long.BYTES)
        .writeLong(crc.getValue());
    return bytes;
  }

  private static void save(FSTCompiler<Long> compiler, DataOutput out) throws IOException {
    FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
    fst.save(out, out);
  }

  /** A headword and where its record is among those written so far. */
  private record Entry(byte[] key, long offset, int length) {}

  /** A base form and its frequency rank, to choose between two headwords claiming one form. */
  private record Lemma(String word, int rank) {
    static Lemma better(Lemma a, Lemma b) {
      if (a.rank == 0) {
        return b.rank == 0 ? a : b;
      }
      return b.rank == 0 || a.rank <= b.rank ? a : b;
    }
  }
}
