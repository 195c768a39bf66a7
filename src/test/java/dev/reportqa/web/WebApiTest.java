package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every endpoint of the API and its errors, on the bundled report, as the page calls them. */
class WebApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    mvc = WebHarness.bundled().mvc();
  }

  static JsonNode ask(String question, String conversation) throws Exception {
    Map<String, String> body = new java.util.HashMap<>();
    body.put("question", question);
    body.put("conversation", conversation);
    MvcResult result =
        mvc.perform(
                post("/api/ask")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(body)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andReturn();
    return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void should_answer_with_a_linked_citation_of_line_87_when_asked_the_visitor_target()
      throws Exception {
    // given
    String question = "全年游客目标是多少？";

    // when
    JsonNode answer = ask(question, null);

    // then
    assertThat(answer.get("answer").asText()).isEqualTo("2024年目标：力争全年游客量突破 1200 万人次 [L87]");
    assertThat(answer.get("refused").asBoolean()).isFalse();
    assertThat(answer.get("language").asText()).isEqualTo("zh");
    JsonNode citation = answer.get("citations").get(0);
    assertThat(answer.get("citations")).hasSize(1);
    assertThat(citation.get("report").asText()).isEqualTo("xitang-2024-h1-report.md");
    assertThat(citation.get("lines").toString()).isEqualTo("[87]");
    assertThat(citation.get("label").asText()).isEqualTo("L87");
    assertThat(citation.get("highlights").toString())
        .isEqualTo("[{\"line\":87,\"text\":\"力争全年游客量突破 1200 万人次\"}]");
    assertThat(answer.get("parts").toString())
        .isEqualTo(
            "[{\"text\":\"2024年目标：力争全年游客量突破 1200 万人次 \",\"citation\":null},"
                + "{\"text\":\"[L87]\",\"citation\":0}]");
    assertThat(answer.get("sourcesTitle").asText()).isEqualTo("来源");
    JsonNode first = answer.get("sources").get(0);
    assertThat(first.get("lines").toString()).isEqualTo("[87]");
    assertThat(first.get("section").asText()).isEqualTo("二、下半年主要工作 › （一）要打好经济主动仗 › 2.要聚链融合文旅行业");
    assertThat(first.get("quoted").asBoolean()).isTrue();
    assertThat(answer.get("sources")).hasSize(3);
    assertThat(answer.get("conversation").asText()).matches("[A-Za-z0-9_-]{22}");
    assertThat(answer.get("latencyMs").asDouble()).isPositive();
  }

  @Test
  void should_read_a_follow_up_against_the_previous_turn_when_the_conversation_is_sent()
      throws Exception {
    // given
    JsonNode first = ask("上半年累计接待了多少游客？", null);
    String conversation = first.get("conversation").asText();

    // when
    JsonNode followUp = ask("那全年目标呢？", conversation);
    JsonNode alone = ask("那全年目标呢？", null);

    // then
    assertThat(first.get("answer").asText()).contains("645万人次").contains("[L23]");
    assertThat(followUp.get("answer").asText()).contains("1200 万人次").contains("[L87]");
    assertThat(followUp.get("resolvedText").asText()).startsWith("理解为：");
    assertThat(followUp.get("conversation").asText()).isEqualTo(conversation);
    assertThat(alone.get("refused").asBoolean()).isTrue();
    assertThat(alone.get("conversation").asText()).isNotEqualTo(conversation);
  }

  @Test
  void should_refuse_with_leads_when_the_report_does_not_answer() throws Exception {
    // when
    JsonNode answer = ask("全镇常住人口有多少？", null);

    // then
    assertThat(answer.get("refused").asBoolean()).isTrue();
    assertThat(answer.get("citations")).isEmpty();
    assertThat(answer.get("sourcesTitle").asText()).isEqualTo("最接近的段落（仅为线索，并非答案）");
    assertThat(answer.get("sources")).hasSize(3);
  }

  @Test
  void should_answer_in_english_when_asked_in_english() throws Exception {
    // when
    JsonNode answer = ask("What was the visitor target?", null);

    // then
    assertThat(answer.get("language").asText()).isEqualTo("en");
    assertThat(answer.get("answer").asText())
        .isEqualTo("Target for 2024: more than 12 million visits. “力争全年游客量突破 1200 万人次” [L87]");
    assertThat(answer.get("sourcesTitle").asText()).isEqualTo("Sources");
  }

  @Test
  void should_start_a_new_conversation_when_the_id_is_unknown() throws Exception {
    // when
    JsonNode answer = ask("全年游客目标是多少？", "AAAAAAAAAAAAAAAAAAAAAA");

    // then
    assertThat(answer.get("conversation").asText())
        .matches("[A-Za-z0-9_-]{22}")
        .isNotEqualTo("AAAAAAAAAAAAAAAAAAAAAA");
  }

  static Stream<Arguments> badQuestions() {
    return Stream.of(
        Arguments.of("{\"question\": \"\"}", 400, "the question is empty"),
        Arguments.of("{\"question\": \"   \"}", 400, "the question is empty"),
        Arguments.of("{}", 400, "the question is empty"),
        Arguments.of(
            "{\"question\": \"" + "游".repeat(2001) + "\"}",
            400,
            "the question is 2001 characters long; the limit is 2000"),
        Arguments.of(
            "{\"question\": \"全年游客目标是多少？\", \"conversation\": \"../x\"}",
            400,
            "conversation must be the id an earlier answer gave, or null for a new conversation"),
        Arguments.of(
            "{\"question\": ",
            400,
            "the body must be JSON like {\"question\": \"全年游客目标是多少？\", \"conversation\": null}"),
        Arguments.of(
            "{\"question\": \"" + "游".repeat(6000) + "\"}",
            413,
            "the request body is larger than 16384 bytes"));
  }

  @ParameterizedTest
  @MethodSource("badQuestions")
  void should_answer_with_a_json_error_when_the_question_is_bad(
      String body, int status, String error) throws Exception {
    mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.error").value(error))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void should_refuse_a_body_that_is_not_json_with_415() throws Exception {
    mvc.perform(post("/api/ask").contentType(MediaType.TEXT_PLAIN).content("全年游客目标是多少？"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(
            jsonPath("$.error").value("send the body as JSON (Content-Type: application/json)"));
  }

  @Test
  void should_refuse_any_other_method_with_405_when_asking() throws Exception {
    mvc.perform(get("/api/ask"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(jsonPath("$.error").value("ask with POST and a JSON body"));
  }

  @Test
  void should_list_the_loaded_report_when_asked_for_reports() throws Exception {
    mvc.perform(get("/api/reports"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reports", hasSize(1)))
        .andExpect(jsonPath("$.reports[0].name").value("xitang-2024-h1-report.md"))
        .andExpect(jsonPath("$.reports[0].lineCount").value(141))
        .andExpect(jsonPath("$.reports[0].title").value("政府工作报告"))
        .andExpect(jsonPath("$.reports[0].speaker").value("曹宇杰"))
        .andExpect(jsonPath("$.reports[0].date").value("2024年7月26日"))
        .andExpect(jsonPath("$.multiple").value(false))
        .andExpect(jsonPath("$.llm").value(false));
  }

  @Test
  void should_give_lines_as_in_the_file_when_asked_for_a_range() throws Exception {
    mvc.perform(get("/api/reports/xitang-2024-h1-report.md/lines?from=85&to=89"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value(85))
        .andExpect(jsonPath("$.to").value(89))
        .andExpect(jsonPath("$.lineCount").value(141))
        .andExpect(jsonPath("$.lines", hasSize(5)))
        .andExpect(jsonPath("$.lines[2].number").value(87))
        .andExpect(jsonPath("$.lines[2].label").value("L87"))
        .andExpect(jsonPath("$.lines[2].text", startsWith("**2.要聚链融合文旅行业。**持续开展古镇景区")))
        .andExpect(jsonPath("$.lines[2].section").value("二、下半年主要工作 › （一）要打好经济主动仗 › 2.要聚链融合文旅行业"))
        .andExpect(jsonPath("$.lines[1].text").value(""));
  }

  @Test
  void should_give_every_line_when_no_range_is_given() throws Exception {
    mvc.perform(get("/api/reports/xitang-2024-h1-report.md/lines"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines", hasSize(141)))
        .andExpect(jsonPath("$.lines[0].number").value(1));
  }

  static Stream<Arguments> badRanges() {
    return Stream.of(
        Arguments.of(
            "xitang-2024-h1-report.md/lines?from=0&to=3",
            "lines 0-3 are outside the report, which has lines 1-141"),
        Arguments.of(
            "xitang-2024-h1-report.md/lines?from=140&to=142",
            "lines 140-142 are outside the report, which has lines 1-141"),
        Arguments.of(
            "xitang-2024-h1-report.md/lines?from=90&to=85", "the range 90-85 runs backwards"),
        Arguments.of(
            "xitang-2024-h1-report.md/lines?from=abc", "from must be a whole number, not 'abc'"),
        Arguments.of(
            "other.md/lines",
            "no report named 'other.md' is loaded — loaded: xitang-2024-h1-report.md"),
        Arguments.of(
            "other.md/outline",
            "no report named 'other.md' is loaded — loaded: xitang-2024-h1-report.md"));
  }

  @ParameterizedTest
  @MethodSource("badRanges")
  void should_answer_400_with_the_reason_when_a_report_or_range_is_bad(String path, String error)
      throws Exception {
    mvc.perform(get("/api/reports/" + path))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value(error));
  }

  @Test
  void should_give_the_section_tree_when_asked_for_the_outline() throws Exception {
    int sections =
        WebHarness.bundled()
            .shell
            .getBean(dev.reportqa.shell.ReportSession.class)
            .report()
            .sections()
            .size();
    mvc.perform(get("/api/reports/xitang-2024-h1-report.md/outline"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.report.name").value("xitang-2024-h1-report.md"))
        .andExpect(jsonPath("$.sections", hasSize(sections)))
        .andExpect(jsonPath("$.sections[0].title").value("一、上半年工作回顾"))
        .andExpect(jsonPath("$.sections[0].level").value(1))
        .andExpect(jsonPath("$.sections[0].line").value(15))
        .andExpect(jsonPath("$.sections[0].label").value("L15"));
  }

  @Test
  void should_give_the_figures_as_json_when_no_format_is_given() throws Exception {
    mvc.perform(get("/api/figures").param("topic", "旅游"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.report").value("xitang-2024-h1-report.md"))
        .andExpect(jsonPath("$.topic").value("旅游"))
        .andExpect(jsonPath("$.figures", hasSize(5)))
        .andExpect(jsonPath("$.figures[0].lines[0]").value(23))
        .andExpect(jsonPath("$.figures[0].measured").value("接待游客"))
        .andExpect(jsonPath("$.figures[3].written").value("突破 1200 万人次"));
  }

  @Test
  void should_send_the_figures_as_a_csv_file_when_asked_for_csv() throws Exception {
    MvcResult result =
        mvc.perform(get("/api/figures").param("topic", "旅游").param("format", "csv"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("text/csv;charset=UTF-8"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        containsString("filename*=UTF-8''figures-%E6%97%85%E6%B8%B8.csv")))
            .andReturn();
    String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv.lines().toList())
        .hasSize(6)
        .first()
        .isEqualTo(
            "lines,period,measured,written,change,value,unit,qualifier,growth,growthValue,"
                + "growthUnit,section,clause");
    assertThat(csv).contains("87,full_year_target,游客量,突破 1200 万人次,,12000000,人次");
  }

  @Test
  void should_send_the_figures_as_markdown_when_asked_for_md() throws Exception {
    mvc.perform(get("/api/figures").param("format", "md").param("topic", "tourism"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/markdown;charset=UTF-8"))
        .andExpect(
            content()
                .string(containsString("| [L87] | full-year target  | 游客量       | 突破 1200 万人次 |")));
  }

  static Stream<Arguments> badFigureRequests() {
    return Stream.of(
        Arguments.of(
            "/api/figures?format=xls", 400, "unknown format 'xls' — use --format csv, json or md"),
        Arguments.of(
            "/api/figures?topic=量子",
            404,
            "the report says nothing about '量子' (looked for 量子) — try a broader or another word"),
        Arguments.of("/api/brief", 400, "a topic is needed, e.g. topic=旅游 (or tourism, safety …)"),
        Arguments.of(
            "/api/brief?topic=量子",
            404,
            "the report says nothing about '量子' (looked for 量子) — try a broader or another word"),
        Arguments.of(
            "/api/brief?topic=旅游&format=csv",
            400,
            "a brief is Markdown: use format=md, or leave it out"),
        Arguments.of(
            "/api/figures?report=other.md",
            400,
            "no report named 'other.md' is loaded — loaded: xitang-2024-h1-report.md"));
  }

  @ParameterizedTest
  @MethodSource("badFigureRequests")
  void should_answer_with_a_json_error_when_a_figures_or_brief_request_is_bad(
      String url, int status, String error) throws Exception {
    mvc.perform(get(url))
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.error").value(error));
  }

  @Test
  void should_give_the_brief_with_its_citations_when_asked_for_a_topic() throws Exception {
    MvcResult result =
        mvc.perform(get("/api/brief").param("topic", "旅游")).andExpect(status().isOk()).andReturn();
    JsonNode brief = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

    assertThat(brief.get("markdown").asText()).startsWith("# 简报：旅游\n");
    assertThat(brief.get("language").asText()).isEqualTo("zh");
    assertThat(brief.get("citations").toString())
        .contains(
            "{\"text\":\"[L87]\",\"report\":\"xitang-2024-h1-report.md\",\"lines\":[87],\"label\":\"L87\"}");
    for (JsonNode c : brief.get("citations")) {
      assertThat(brief.get("markdown").asText()).contains(c.get("text").asText());
    }
  }

  @Test
  void should_send_the_brief_as_a_markdown_file_when_asked_for_md() throws Exception {
    mvc.perform(get("/api/brief").param("topic", "tourism").param("format", "md"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/markdown;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", containsString("brief-tourism.md")))
        .andExpect(content().string(startsWith("# Briefing: tourism\n")));
  }

  @Test
  void should_serve_the_page_in_one_response_with_its_script_allowed_by_hash() throws Exception {
    MvcResult result =
        mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("text/html;charset=UTF-8"))
            .andReturn();
    String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    String policy = result.getResponse().getHeader("Content-Security-Policy");

    assertThat(html).contains("<style>").contains("<script>").doesNotContain("src=\"app.js\"");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(200 * 1024);
    assertThat(policy)
        .startsWith("default-src 'none'; script-src 'sha256-")
        .contains("connect-src 'self'")
        .doesNotContain("unsafe-inline");
  }

  @Test
  void should_forbid_scripts_and_sniffing_on_every_api_response() throws Exception {
    mvc.perform(get("/api/reports"))
        .andExpect(
            header()
                .string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }

  @Test
  void should_refuse_a_host_that_is_not_loopback_when_bound_to_loopback() throws Exception {
    mvc.perform(get("/api/reports").header("Host", "attacker.example:8080"))
        .andExpect(status().isForbidden())
        .andExpect(
            jsonPath("$.error")
                .value("this server answers only requests to localhost or 127.0.0.1"));
  }

  @Test
  void should_forget_a_conversation_when_it_is_deleted() throws Exception {
    // given
    String id = ask("上半年累计接待了多少游客？", null).get("conversation").asText();

    // when
    mvc.perform(delete("/api/conversations/" + id)).andExpect(status().isNoContent());
    mvc.perform(delete("/api/conversations/" + id)).andExpect(status().isNoContent());
    JsonNode next = ask("那全年目标呢？", id);

    // then
    assertThat(next.get("conversation").asText()).isNotEqualTo(id);
    assertThat(next.get("refused").asBoolean()).isTrue();
  }
}
