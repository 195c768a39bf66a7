package dev.reportqa.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.utility.Predefine;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HanLP's configuration, which is global to the JVM (static fields of {@code HanLP.Config}, read by
 * static dictionaries that load once): made once, by the first {@link ChineseNlp} to be used. Later
 * calls with another cache directory keep the first one, since dictionaries already loaded could
 * not follow it anyway.
 */
final class HanLpSetup {

  private static final Logger log = LoggerFactory.getLogger(HanLpSetup.class);

  /** Where HanLP's jar says its version. */
  static final String POM_PROPERTIES = "META-INF/maven/com.hankcs/hanlp/pom.properties";

  /** Bumped when what is cached under the HanLP folder changes meaning. */
  static final int FORMAT = 1;

  private static Path configuredRoot;
  private static boolean configured;

  private HanLpSetup() {}

  /**
   * Configures HanLP the first time: silent logging, and its files through a {@link
   * HanLpCacheAdapter} rooted at {@code <cacheDir>/nlp/hanlp-<version>-h<format>}.
   *
   * @param cacheDir the application's cache directory; null for none
   * @return the cache root in force, empty when HanLP saves nothing
   */
  static synchronized Optional<Path> configure(Path cacheDir, Consumer<String> warnings) {
    if (configured) {
      Path wanted = cacheDir == null ? null : root(cacheDir);
      if (!java.util.Objects.equals(wanted, configuredRoot)) {
        log.info("HanLP already uses {}; {} is not used", configuredRoot, wanted);
      }
      return Optional.ofNullable(configuredRoot);
    }
    // HanLP logs through java.util.logging at WARNING, e.g. each cache it has yet to build.
    Predefine.logger.setLevel(Level.OFF);
    HanLP.Config.enableDebug(false);
    Path root = cacheDir == null ? null : root(cacheDir);
    HanLpCacheAdapter adapter = new HanLpCacheAdapter(root, warnings);
    prefixPaths(adapter.pathPrefix());
    HanLP.Config.IOAdapter = adapter;
    configuredRoot = root;
    configured = true;
    return Optional.ofNullable(root);
  }

  static Path root(Path cacheDir) {
    return cacheDir
        .toAbsolutePath()
        .normalize()
        .resolve(EnglishChineseDictionary.CACHE_FOLDER)
        .resolve("hanlp-" + version().replaceAll("[^A-Za-z0-9._-]", "_") + "-h" + FORMAT);
  }

  /** HanLP's version, from its jar's Maven properties; "unknown" without them. */
  static String version() {
    try (var in = HanLpSetup.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        return p.getProperty("version", "unknown").strip();
      }
    } catch (java.io.IOException e) {
      log.info("cannot read {}: {}", POM_PROPERTIES, e.toString());
    }
    return "unknown";
  }

  /**
   * Puts the prefix before every data path of {@code HanLP.Config} (its public static String fields
   * that start with {@code data/}, and the custom dictionary list). HanLP only saves a cache for a
   * path that does not start with {@code data/}, which it takes for a class-path resource; and with
   * about twenty such fields, a loop over them keeps none out.
   */
  private static void prefixPaths(String prefix) {
    if (prefix.isEmpty()) {
      return;
    }
    try {
      for (Field f : HanLP.Config.class.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          String value = (String) f.get(null);
          if (value != null && value.startsWith("data/")) {
            f.set(null, prefix + value);
          }
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("HanLP.Config's public fields cannot be set", e);
    }
    HanLP.Config.CustomDictionaryPath =
        Arrays.stream(HanLP.Config.CustomDictionaryPath)
            .map(p -> p.startsWith("data/") ? prefix + p : p)
            .toArray(String[]::new);
  }
}
