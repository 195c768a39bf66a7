package dev.reportqa.nlp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * The compiled dictionary, read from its bytes (a memory-mapped file): the two FSTs (about 7 MB)
 * are copied onto the heap, the records (about 20 MB) stay in the file and a lookup reads only the
 * pages it touches.
 *
 * <p>Layout (Lucene's little-endian {@code DataOutput} encoding):
 *
 * <pre>
 * int    magic "RQED"
 * int    format version
 * long   length of the whole file in bytes
 * string dictionary version
 * vint   entry count N, typo candidate count
 * FST    typo candidate → frequency rank
 * int    N + 1 key offsets, relative to the first key
 * bytes  keys: the headwords in UTF-8, sorted by unsigned bytes; entry ordinal = position
 * int    N + 1 record offsets, relative to the first record
 * bytes  records: vint rank, string base form ("" when none), vint count, that many translations
 * long   CRC32 of every byte before it
 * </pre>
 */
final class CompiledDictionary {

  /** "RQED": a report-qa English dictionary file. */
  static final int MAGIC = 0x52514544;

  /** Bumped whenever the layout or what is compiled into it changes; another format is rebuilt. */
  static final int FORMAT = 1;

  static final int PRELUDE_BYTES = Integer.BYTES + Integer.BYTES + Long.BYTES;

  /**
   * Words shorter than this get no corrections: with three letters or fewer, one edit reaches
   * dozens of common words, and any choice among them would be a guess.
   */
  static final int MIN_TYPO_LENGTH = 4;

  /** From this length on, two edits are allowed; below it, one. */
  static final int TWO_EDITS_LENGTH = 8;

  /** At most this many corrections are returned. */
  static final int MAX_CORRECTIONS = 5;

  private static final PositiveIntOutputs OUTPUTS = PositiveIntOutputs.getSingleton();

  private final String version;
  private final int entries;
  private final FST<Long> typos;
  private final ByteBuffer bytes;
  private final int keyOffsetsStart;
  private final int keysStart;
  private final int offsetsStart;
  private final int recordsStart;

  private CompiledDictionary(
      String version, int entries, FST<Long> typos, ByteBuffer bytes, int keyOffsetsStart) {
    this.version = version;
    this.entries = entries;
    this.typos = typos;
    this.bytes = bytes;
    this.keyOffsetsStart = keyOffsetsStart;
    this.keysStart = keyOffsetsStart + (entries + 1) * Integer.BYTES;
    this.offsetsStart = keysStart + bytes.getInt(keyOffsetsStart + entries * Integer.BYTES);
    this.recordsStart = offsetsStart + (entries + 1) * Integer.BYTES;
  }

  /**
   * Checks and opens the bytes of a compiled file.
   *
   * @param file the whole file from position 0; its records are read in place, so it must not
   *     change while the dictionary is used
   * @param expectedVersion the dictionary version the caller compiles from
   * @throws Unusable when the bytes are not a sound file of this format and version; the message
   *     completes "english dictionary cache FILE …"
   */
  static CompiledDictionary open(ByteBuffer file, String expectedVersion) throws Unusable {
    ByteBuffer bytes = file.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    long size = bytes.capacity();
    if (size == 0) {
      throw new Unusable("is empty");
    }
    if (size < PRELUDE_BYTES + Long.BYTES) {
      throw new Unusable("is truncated (" + size + " bytes)");
    }
    if (bytes.getInt(0) != MAGIC) {
      throw new Unusable("is not a dictionary file (no RQED magic number)");
    }
    int format = bytes.getInt(Integer.BYTES);
    long length = bytes.getLong(2 * Integer.BYTES);
    if (size < length) {
      throw new Unusable("is truncated (" + size + " of " + length + " bytes)");
    }
    if (size != length) {
      throw new Unusable("is corrupt (" + size + " bytes, " + length + " expected)");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes.duplicate().position(0).limit((int) length - Long.BYTES));
    if (bytes.getLong((int) length - Long.BYTES) != crc.getValue()) {
      throw new Unusable("is corrupt (checksum mismatch)");
    }
    if (format != FORMAT) {
      throw new Unusable("is in format " + format + ", this version reads format " + FORMAT);
    }
    try {
      ByteBuffersDataInput in = new ByteBuffersDataInput(List.of(bytes.duplicate().position(0)));
      in.seek(PRELUDE_BYTES);
      String version = in.readString();
      if (!version.equals(expectedVersion)) {
        throw new Unusable("holds dictionary version " + version + ", expected " + expectedVersion);
      }
      int entries = in.readVInt();
      in.readVInt();
      FST<Long> typos = new FST<>(FST.readMetadata(in, OUTPUTS), in);
      CompiledDictionary d =
          new CompiledDictionary(version, entries, typos, bytes, Math.toIntExact(in.position()));
      long recordsLength = bytes.getInt(d.offsetsStart + entries * Integer.BYTES);
      if (d.recordsStart + recordsLength != length - Long.BYTES) {
        throw new Unusable("is corrupt (its records do not end where the file does)");
      }
      return d;
    } catch (IOException | RuntimeException e) {
      // The checksum matched, so this is a file written wrongly, not damaged later.
      throw new Unusable("is corrupt (" + e.getClass().getSimpleName() + " while reading it)");
    }
  }

  String version() {
    return version;
  }

  int size() {
    return entries;
  }

  /** The record of a normalized key, if the dictionary has one. */
  Optional<Record> find(String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int ord = lowerBound(k);
    try {
      return ord < entries && compareKey(ord, k) == 0 ? Optional.of(record(ord)) : Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the english dictionary", e);
    }
  }

  /** The first entry whose key is not below the given bytes; {@code entries} when there is none. */
  private int lowerBound(byte[] key) {
    int lo = 0;
    int hi = entries;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compareKey(mid, key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The entry's key against the given bytes, unsigned, as they were sorted. */
  private int compareKey(int ord, byte[] key) {
    int start = keysStart + bytes.getInt(keyOffsetsStart + ord * Integer.BYTES);
    int length = keysStart + bytes.getInt(keyOffsetsStart + (ord + 1) * Integer.BYTES) - start;
    int common = Math.min(length, key.length);
    for (int i = 0; i < common; i++) {
      int diff = (bytes.get(start + i) & 0xFF) - (key[i] & 0xFF);
      if (diff != 0) {
        return diff;
      }
    }
    return length - key.length;
  }

  /** Whether some key starts with the given bytes. */
  private boolean hasPrefix(byte[] prefix) {
    int ord = lowerBound(prefix);
    if (ord >= entries) {
      return false;
    }
    int start = keysStart + bytes.getInt(keyOffsetsStart + ord * Integer.BYTES);
    int length = keysStart + bytes.getInt(keyOffsetsStart + (ord + 1) * Integer.BYTES) - start;
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes.get(start + i) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest run of tokens from {@code from} that is a headword with translations. The phrase
   * grows a token at a time while some headword starts with it and a space ("gross domestic" leads
   * on to "gross domestic product"), so a lookup costs two binary searches per token.
   *
   * @param tokens normalized tokens without spaces
   * @return the match, its end exclusive
   */
  Optional<Match> longest(List<String> tokens, int from) {
    Optional<Match> best = Optional.empty();
    StringBuilder phrase = new StringBuilder();
    try {
      for (int i = from; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (token.isEmpty()) {
          break;
        }
        if (i > from) {
          phrase.append(' ');
        }
        phrase.append(token);
        byte[] key = phrase.toString().getBytes(StandardCharsets.UTF_8);
        int ord = lowerBound(key);
        if (ord < entries && compareKey(ord, key) == 0) {
          Record r = record(ord);
          if (!r.translations().isEmpty()) {
            best = Optional.of(new Match(i + 1, r));
          }
        }
        if (!hasPrefix((phrase + " ").getBytes(StandardCharsets.UTF_8))) {
          break;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the english dictionary", e);
    }
    return best;
  }

  /** Whether a normalized word is a typo candidate: a plain word of known frequency. */
  boolean isCommonWord(String word) {
    try {
      return !word.isEmpty() && Util.get(typos, new BytesRef(word)) != null;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the english dictionary", e);
    }
  }

  /**
   * The typo candidates nearest to a word by Damerau-Levenshtein distance (a swap of two neighbours
   * is one edit) that share its first letter, best first: fewest edits, then most frequent.
   *
   * <p>A depth-first walk of the candidate FST that carries the rows of the edit-distance table
   * along the path and leaves a branch as soon as no cell of its row is within the distance: only
   * the prefixes that can still end near the word are visited, so a lookup costs microseconds
   * rather than a scan of every word. (Lucene's {@code LevenshteinAutomata} supports the same walk,
   * but building its two-edit automaton alone takes milliseconds.)
   */
  List<String> nearest(String word) {
    int length = word.length();
    if (length < MIN_TYPO_LENGTH || length > DictionaryCompiler.MAX_KEY_BYTES) {
      return List.of();
    }
    for (int i = 0; i < length; i++) {
      if (word.charAt(i) >= 0x80) {
        return List.of();
      }
    }
    Search search = new Search(word, length >= TWO_EDITS_LENGTH ? 2 : 1);
    try {
      FST.BytesReader reader = typos.getBytesReader();
      FST.Arc<Long> arc = typos.getFirstArc(new FST.Arc<>());
      // The first letter is taken as typed, as Lucene's DirectSpellChecker does by default: fewer
      // guesses, and a wrong first letter is the rarest typo.
      if (typos.findTargetArc(word.charAt(0), arc, arc, reader) == null) {
        return List.of();
      }
      search.step(1, word.charAt(0));
      search.walk(typos, arc, arc.output(), 1, reader);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the english dictionary", e);
    }
    List<Candidate> found = search.found;
    int best = found.stream().mapToInt(Candidate::distance).min().orElse(Integer.MAX_VALUE);
    return found.stream()
        .filter(c -> c.distance() == best)
        .sorted(Comparator.comparingLong(Candidate::rank).thenComparing(Candidate::word))
        .limit(MAX_CORRECTIONS)
        .map(Candidate::word)
        .toList();
  }

  private Record record(long ord) throws IOException {
    int start = bytes.getInt(offsetsStart + (int) ord * Integer.BYTES);
    int end = bytes.getInt(offsetsStart + ((int) ord + 1) * Integer.BYTES);
    byte[] raw = new byte[end - start];
    bytes.get(recordsStart + start, raw);
    ByteArrayDataInput in = new ByteArrayDataInput(raw);
    int rank = in.readVInt();
    String lemma = in.readString();
    int count = in.readVInt();
    List<String> translations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      translations.add(in.readString());
    }
    return new Record(rank, lemma, List.copyOf(translations));
  }

  /**
   * What the dictionary holds for a headword.
   *
   * @param rank frequency rank, 1 the most frequent word; 0 unknown
   * @param lemma the base form for an inflection, "" otherwise
   * @param translations cleaned Chinese words, the dictionary's order
   */
  record Record(int rank, String lemma, List<String> translations) {}

  /** A headword found over tokens: the token index after it and its record. */
  record Match(int end, Record record) {}

  private record Candidate(String word, long rank, int distance) {}

  /**
   * One typo search: the word, the rows of the restricted Damerau-Levenshtein table for the path
   * walked so far (row {@code d} for a prefix of {@code d} letters), and the words found.
   */
  private static final class Search {
    final String word;
    final int maxEdits;
    final int[][] rows;
    final char[] path;
    final List<Candidate> found = new ArrayList<>();

    Search(String word, int maxEdits) {
      this.word = word;
      this.maxEdits = maxEdits;
      int depth = word.length() + maxEdits;
      this.rows = new int[depth + 1][word.length() + 1];
      this.path = new char[depth + 1];
      for (int j = 0; j <= word.length(); j++) {
        rows[0][j] = j;
      }
    }

    /**
     * Fills row {@code d} for the letter {@code c} at path position {@code d} (from 1).
     *
     * @return the smallest cell of the row: above the distance, no word under this prefix is near
     */
    int step(int d, char c) {
      path[d] = c;
      int[] prev = rows[d - 1];
      int[] row = rows[d];
      row[0] = d;
      int min = row[0];
      for (int j = 1; j <= word.length(); j++) {
        char w = word.charAt(j - 1);
        int cell = Math.min(Math.min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + (w == c ? 0 : 1));
        if (d > 1 && j > 1 && w == path[d - 1] && word.charAt(j - 2) == c) {
          cell = Math.min(cell, rows[d - 2][j - 2] + 1);
        }
        row[j] = cell;
        min = Math.min(min, cell);
      }
      return min;
    }

    void walk(FST<Long> fst, FST.Arc<Long> arc, long output, int depth, FST.BytesReader reader)
        throws IOException {
      int distance = rows[depth][word.length()];
      if (arc.isFinal() && distance <= maxEdits && distance > 0) {
        found.add(
            new Candidate(new String(path, 1, depth), output + arc.nextFinalOutput(), distance));
      }
      if (!FST.targetHasArcs(arc) || depth + 1 >= rows.length) {
        return;
      }
      FST.Arc<Long> child = fst.readFirstTargetArc(arc, new FST.Arc<>(), reader);
      while (true) {
        // A final node's arcs begin with a pseudo-arc (END_LABEL) that isFinal() already covered.
        if (child.label() != FST.END_LABEL && step(depth + 1, (char) child.label()) <= maxEdits) {
          walk(fst, child, output + child.output(), depth + 1, reader);
        }
        if (child.isLast()) {
          return;
        }
        fst.readNextArc(child, reader);
      }
    }
  }

  /** Why compiled bytes cannot be used; its message completes "english dictionary cache FILE …". */
  static final class Unusable extends Exception {
    Unusable(String problem) {
      super(problem, null, false, false);
    }
  }
}
