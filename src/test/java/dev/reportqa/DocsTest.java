package dev.reportqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the code and its docs cite must be in the repository: a comment that points to a document
 * outside it cannot be checked by anyone who clones it. The design record is docs/design.md.
 */
class DocsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

  /** The Markdown files whose relative links must resolve. */
  private static final List<Path> MARKDOWN =
      List.of(Path.of("README.md"), Path.of("eval/README.md"), Path.of("docs/design.md"));

  /**
   * A folder above the repository, or a design document named without its in-repo path. Written
   * with escapes so that this file does not match itself.
   */
  private static final Pattern OUTSIDE =
      Pattern.compile("\\.\\./shared|(?<!docs/)\\b[Dd][Ee][Ss][Ii][Gg][Nn]\\.md");

  /** An inline Markdown link or image: {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern LINK =
      Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

  private static final Pattern FENCED_CODE = Pattern.compile("(?ms)^```.*?^```");

  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\n]*`");

  @Test
  void should_cite_no_document_outside_the_repository_when_code_or_readmes_refer_to_the_design()
      throws IOException {
    // given: every file under src/ and the two READMEs
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of("src"))) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    files.add(Path.of("README.md"));
    files.add(Path.of("eval/README.md"));

    // when: each is searched for a reference outside the repository
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      // ISO-8859-1 reads any bytes; the references searched for are ASCII
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      Matcher m = OUTSIDE.matcher(text);
      while (m.find()) {
        found.add(file + ": '" + m.group() + "' (cite docs/design.md)");
      }
    }

    // then
    assertThat(files).hasSizeGreaterThan(2);
    assertThat(found).isEmpty();
  }

  @Test
  void should_resolve_every_relative_link_of_the_docs_to_a_file_of_the_repository()
      throws IOException {
    // given: the inline links of the READMEs and the design record, outside code
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path doc : MARKDOWN) {
      String text = Files.readString(doc);
      text = INLINE_CODE.matcher(FENCED_CODE.matcher(text).replaceAll("")).replaceAll("");
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("http://")
            || target.startsWith("https://")
            || target.startsWith("mailto:")
            || target.startsWith("#")) {
          continue;
        }
        String path = target.replaceFirst("#.*$", "");

        // when: the link is resolved against the folder of its file
        Path resolved = ROOT.resolve(doc).getParent().resolve(path).normalize();
        checked++;

        // then: it names a file or folder inside the repository
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
          broken.add(doc + ": " + target);
        }
      }
    }
    assertThat(checked).isGreaterThan(0);
    assertThat(broken).isEmpty();
  }

  @Test
  void should_link_the_design_record_from_both_readmes() throws IOException {
    // given
    String readme = Files.readString(Path.of("README.md"));
    String evalReadme = Files.readString(Path.of("eval/README.md"));

    // when / then
    assertThat(readme).contains("](docs/design.md)");
    assertThat(evalReadme).contains("](../docs/design.md");
  }
}
