package dev.reportqa.nlp;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads the records of a CSV file (RFC 4180: commas, double quotes, doubled quotes inside quotes,
 * line breaks inside quotes) and keeps only some of the columns.
 *
 * <p>Written by hand rather than with Jackson's CSV reader (on the class path already): ECDICT's
 * 770,000 rows carry long English definitions and examples that are never used, and making strings
 * of every column doubled the time of the whole compile.
 */
final class CsvColumns {

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private final StringBuilder field = new StringBuilder();

  CsvColumns(Reader in) {
    this.in = in;
  }

  /**
   * The next record's fields, or null at the end of the input.
   *
   * @param keep for each column index, whether to keep it; fields past its length are skipped
   * @return the record's fields, null for a column not kept; as many as the record has
   */
  String[] next(boolean[] keep) throws IOException {
    if (!fill()) {
      return null;
    }
    String[] fields = new String[Math.max(keep.length, 16)];
    int column = 0;
    while (true) {
      boolean wanted = column < keep.length && keep[column];
      field.setLength(0);
      int end = readField(wanted);
      if (column == fields.length) {
        fields = Arrays.copyOf(fields, fields.length * 2);
      }
      fields[column++] = wanted ? field.toString() : null;
      if (end != ',') {
        return Arrays.copyOf(fields, column);
      }
    }
  }

  /**
   * Reads one field into {@link #field} when wanted.
   *
   * @return the character that ended it: a comma, a line feed, or -1 at the end of the input
   */
  private int readField(boolean wanted) throws IOException {
    if (!fill()) {
      return -1;
    }
    boolean quoted = buffer[position] == '"';
    if (quoted) {
      position++;
    }
    while (fill()) {
      char c = buffer[position++];
      if (quoted) {
        if (c == '"') {
          if (fill() && buffer[position] == '"') {
            position++;
          } else {
            quoted = false;
            continue;
          }
        }
      } else if (c == ',' || c == '\n') {
        return c;
      } else if (c == '\r') {
        continue;
      }
      if (wanted) {
        field.append(c);
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    limit = in.read(buffer, 0, buffer.length);
    position = 0;
    if (limit <= 0) {
      limit = 0;
      return false;
    }
    return true;
  }
}
