package dev.reportqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A properties file of the answer stage bundled on the class path, read as UTF-8. */
final class BundledProperties {

  private BundledProperties() {}

  /**
   * @param what what the file holds, for the message when it is missing ("unit words")
   * @throws IllegalStateException naming the resource when it is not on the class path
   */
  static Properties load(String resource, String what) {
    InputStream in = BundledProperties.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(what + " missing from the classpath: " + resource);
    }
    Properties properties = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties;
  }
}
