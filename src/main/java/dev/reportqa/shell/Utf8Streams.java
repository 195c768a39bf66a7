package dev.reportqa.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error in UTF-8 whatever the locale: under {@code LANG=C} Java 17 writes ASCII
 * and every Chinese character comes out as {@code ?}. The launcher also says so with {@code
 * -Dsun.stdout.encoding}; this covers {@code java -jar} without it.
 */
public final class Utf8Streams {

  private Utf8Streams() {}

  /** Replaces {@code System.out} and {@code System.err} with UTF-8 streams on the same files. */
  public static void install() {
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }
}
