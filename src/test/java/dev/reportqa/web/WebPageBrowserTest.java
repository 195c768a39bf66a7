package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page as a person uses it, in a real browser: Debian's {@code chromium} driven headless
 * through {@code chromium-driver}. It asks the visitor-target question, follows the citation to
 * line 87, asks a follow-up, switches to English, downloads the figures CSV, and checks that a
 * report holding {@code <script>} shows it as text.
 *
 * <p>Skipped, saying why, only where no browser is installed ({@code .ci/run} installs both). The
 * screenshots of the main states go to {@code target/screenshots}; those in {@code
 * docs/screenshots} are copies of a run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
  static final Path SHOTS = Path.of("target/screenshots");
  static final Duration WAIT = Duration.ofSeconds(20);

  private static WebHarness harness;
  private static WebDriver driver;
  private static Path downloads;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipped: no browser — the end-to-end test needs "
            + CHROMIUM
            + " and "
            + DRIVER
            + " (apt-get install chromium chromium-driver; .ci/run does this)");
    harness = WebHarness.bundled();
    downloads = WebHarness.tempDir("downloads-");
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=1400,900",
        "--user-data-dir=" + WebHarness.tempDir("chromium-profile-"));
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    // The driver is named, so Selenium Manager never looks for (or downloads) one.
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.get(harness.base() + "/");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void shot(String name) {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Files.write(SHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<WebElement> turns() {
    return driver.findElements(By.cssSelector("#log .turn"));
  }

  /** Types a question and presses Enter; returns the answer of the new turn once it is shown. */
  private static WebElement ask(String question) {
    int before = turns().size();
    WebElement box = driver.findElement(By.id("question"));
    box.sendKeys(question);
    box.sendKeys(Keys.ENTER);
    waiting().until(d -> turns().size() == before + 1);
    WebElement turn = turns().get(before);
    waiting().until(d -> !turn.findElements(By.cssSelector(".sources, .answer.refused")).isEmpty());
    return turn;
  }

  @Test
  @Order(1)
  void should_answer_the_visitor_target_with_a_link_to_line_87() {
    // given
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("L87")));

    // when
    WebElement turn = ask("全年游客目标是多少？");

    // then
    String answer = turn.findElement(By.cssSelector(".answer")).getText();
    assertThat(answer).isEqualTo("2024年目标：力争全年游客量突破 1200 万人次 [L87]");
    WebElement cite = turn.findElement(By.cssSelector(".answer a.cite"));
    assertThat(cite.getText()).isEqualTo("[L87]");
    assertThat(driver.findElement(By.id("picker-wrap")).isDisplayed()).isFalse();
    assertThat(turn.findElement(By.cssSelector(".sources li .path")).getText())
        .isEqualTo("二、下半年主要工作 › （一）要打好经济主动仗 › 2.要聚链融合文旅行业");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
  }

  @Test
  @Order(2)
  void should_scroll_to_line_87_and_mark_the_quote_when_the_citation_is_clicked() {
    // given
    WebElement cite = turns().get(0).findElement(By.cssSelector(".answer a.cite"));
    assertThat(inView("L87")).isFalse();

    // when
    cite.click();

    // then
    WebElement line = driver.findElement(By.id("L87"));
    waiting().until(d -> line.getAttribute("class").contains("cited") && inView("L87"));
    assertThat(line.findElement(By.tagName("mark")).getText()).isEqualTo("力争全年游客量突破 1200 万人次");
    assertThat(driver.findElements(By.cssSelector(".line.cited"))).hasSize(1);
    assertThat(js("return document.activeElement.id")).isEqualTo("L87");
    shot("answer-with-cited-line");
  }

  /**
   * Whether a line is in view: its quoted words (or, with none marked, its first row) lie within
   * the visible part of the report pane, and the pane within the window.
   */
  private static boolean inView(String id) {
    return (Boolean)
        js(
            "var row = document.getElementById(arguments[0]);"
                + "var mark = row.querySelector('mark');"
                + "var r = (mark || row).getBoundingClientRect();"
                + "var p = document.getElementById('lines').getBoundingClientRect();"
                + "var top = r.top, bottom = mark ? r.bottom : r.top + 20;"
                + "return top >= p.top && bottom <= p.bottom"
                + " && top >= 0 && bottom <= window.innerHeight;",
            id);
  }

  @Test
  @Order(3)
  void should_read_a_follow_up_in_the_same_tab() {
    // given
    ask("上半年累计接待了多少游客？");

    // when
    WebElement turn = ask("那全年目标呢？");

    // then
    assertThat(turn.findElement(By.cssSelector(".resolved")).getText()).startsWith("理解为：");
    assertThat(turn.findElement(By.cssSelector(".answer")).getText())
        .contains("1200 万人次")
        .contains("[L87]");
    shot("follow-up");
  }

  @Test
  @Order(4)
  void should_forget_the_previous_turn_when_a_new_conversation_is_started() {
    // when
    driver.findElement(By.id("new-conversation")).click();
    WebElement turn = ask("那全年目标呢？");

    // then
    assertThat(turns()).hasSize(1);
    assertThat(turn.findElements(By.cssSelector(".answer.refused"))).hasSize(1);
  }

  @Test
  @Order(5)
  void should_switch_the_interface_to_english_and_answer_english_in_english() {
    // when
    driver.findElement(By.id("language")).click();
    WebElement turn = ask("What was the visitor target?");

    // then
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(driver.findElement(By.id("ask")).getText()).isEqualTo("Ask");
    assertThat(driver.findElement(By.id("tab-figures")).getText()).isEqualTo("Figures");
    assertThat(turn.findElement(By.cssSelector(".answer")).getText())
        .startsWith("Target for 2024: more than 12 million visits.");
    assertThat(turn.findElement(By.cssSelector(".sources h3")).getText()).isEqualTo("Sources");
    shot("english");
  }

  @Test
  @Order(6)
  void should_show_the_figures_table_and_download_it_as_csv() throws Exception {
    // given
    driver.findElement(By.id("tab-figures")).click();
    WebElement topic = driver.findElement(By.id("figures-topic"));
    topic.sendKeys("tourism");
    topic.sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.textToBe(By.id("figures-status"), "5 figures"));

    // when
    driver.findElement(By.id("download-csv")).click();

    // then
    Path csv = downloads.resolve("figures-tourism.csv");
    waiting().until(d -> Files.exists(csv) && csvComplete(csv));
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).startsWith("lines,period,measured,written");
    assertThat(rows).anyMatch(r -> r.startsWith("87,full_year_target,游客量,突破 1200 万人次"));
    assertThat(driver.findElements(By.cssSelector("#figures-table tbody tr"))).hasSize(5);
    shot("figures");
  }

  private static boolean csvComplete(Path csv) {
    try {
      return Files.readString(csv, StandardCharsets.UTF_8).lines().count() == 6;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  @Order(7)
  void should_show_a_brief_with_linked_citations() {
    // given
    driver.findElement(By.id("tab-brief")).click();
    WebElement topic = driver.findElement(By.id("brief-topic"));

    // when
    topic.sendKeys("旅游");
    topic.sendKeys(Keys.ENTER);

    // then
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#brief-out h1")));
    assertThat(driver.findElement(By.cssSelector("#brief-out h1")).getText()).isEqualTo("简报：旅游");
    assertThat(driver.findElements(By.cssSelector("#brief-out table tr")).size()).isGreaterThan(2);
    assertThat(driver.findElements(By.cssSelector("#brief-out a.cite")))
        .extracting(WebElement::getText)
        .contains("[L87]", "[L23]");
    shot("brief");
  }

  @Test
  @Order(8)
  void should_stack_the_report_under_the_chat_on_a_phone() {
    // given
    driver.findElement(By.id("language")).click();
    driver.findElement(By.id("tab-chat")).click();
    driver.manage().window().setSize(new Dimension(390, 844));

    // when
    WebElement turn = ask("上半年地区生产总值是多少？");
    turn.findElement(By.cssSelector(".answer a.cite")).click();

    // then
    waiting().until(d -> inView("L17"));
    double chat =
        ((Number) js("return document.querySelector('.work').getBoundingClientRect().left"))
            .doubleValue();
    double pane =
        ((Number) js("return document.getElementById('report-pane').getBoundingClientRect().left"))
            .doubleValue();
    assertThat(pane).isEqualTo(chat);
    assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    shot("phone");
  }

  @Test
  @Order(9)
  void should_show_a_script_in_a_report_as_text_and_run_nothing() {
    // given: two reports, the bundled one and one whose text holds markup and a script
    WebHarness two =
        WebHarness.start("--reportqa.report=" + WebHarness.reportFolder("markup-report.md"));
    driver.manage().window().setSize(new Dimension(1400, 900));
    driver.get(two.base() + "/");

    // when
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-picker")));
    new Select(driver.findElement(By.id("report-picker"))).selectByValue("markup-report.md");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lines #L11")));
    WebElement turn = ask("清河镇开展安全检查多少次？");

    // then
    String line = driver.findElement(By.cssSelector("#L11 .text")).getText();
    assertThat(line)
        .isEqualTo(
            "1.平安建设<script>window.__xss = 1;</script>扎实推进。全年开展安全检查120次"
                + "<img src=x onerror=\"window.__xss = 2\">，隐患整改率达到100%。");
    assertThat(driver.findElements(By.cssSelector("#lines script, #lines img, #log img")))
        .isEmpty();
    assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    assertThat(turn.findElement(By.cssSelector(".answer")).getText())
        .isEqualTo("2024年实绩：全年开展安全检查120次 [markup-report.md:L11]");
    two.close();
  }
}
