package dev.reportqa.query;

/** The language a question is asked in; the answer follows it. */
public enum Language {
  ZH,
  EN;

  /** Whether a character is a Han (Chinese) character. */
  /** Whether a code point is a Chinese character. */
  public static boolean isHanCodePoint(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  public static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Chinese when the text has at least one Han character and no more Latin letters than Han
   * characters ("GDP是多少" is Chinese, "What is 固投?" is English).
   */
  public static Language of(String text) {
    int han = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        han++;
      } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
        latin++;
      }
      i += Character.charCount(cp);
    }
    if (han == 0) {
      return EN;
    }
    // An English word is ~5 letters; weigh letters so that a Chinese question quoting an
    // abbreviation stays Chinese and an English one quoting a term stays English.
    return latin > han * 3 ? EN : ZH;
  }
}
