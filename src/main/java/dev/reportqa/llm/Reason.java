package dev.reportqa.llm;

import java.util.Map;
import java.util.Objects;

/**
 * Why the model's answer was not used: a key of {@code llm-notices.properties} and the values of
 * its placeholders.
 */
record Reason(String key, Map<String, String> values) {

  static final String TIMEOUT = "timeout";
  static final String CONNECTION = "connection";
  static final String HTTP = "http";
  static final String EMPTY = "empty";
  static final String MALFORMED = "malformed";
  static final String UNCITED = "uncited";
  static final String UNKNOWN_LINE = "unknownLine";
  static final String UNBACKED_NUMBER = "unbackedNumber";
  static final String TOO_LONG = "tooLong";
  static final String UNCITED_SENTENCE = "uncitedSentence";
  static final String UNQUOTED = "unquoted";
  static final String WRONG_MEASURE = "wrongMeasure";
  static final String INSTRUCTION_LINE = "instructionLine";
  static final String REFUSED = "refused";

  Reason {
    Objects.requireNonNull(key, "key");
    values = Map.copyOf(values);
  }

  static Reason of(String key) {
    return new Reason(key, Map.of());
  }

  static Reason of(String key, String name, String value) {
    return new Reason(key, Map.of(name, value));
  }
}
