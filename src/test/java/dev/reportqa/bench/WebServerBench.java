package dev.reportqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web server as a browser uses it (issue 14): {@code ./reportqa web --port 0} started by its
 * launcher, then the benchmark questions sent to {@code POST /api/ask} over HTTP, each in a new
 * conversation. Prints p50/p95/p99 of the round trip seen by the client and of the server's own
 * {@code latencyMs}, and the size of the page: one response, raw and gzipped.
 *
 * <p>Targets: a question p50 ≤ 20 ms; the page in one round trip of ≤ 200 KB.
 */
public final class WebServerBench {

  private static final Pattern ADDRESS = Pattern.compile("Open (http://\\S+/) in a browser");
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    Path home = Path.of(System.getProperty("bench.home", ".")).toAbsolutePath().normalize();
    int warmup = Integer.getInteger("bench.web.warmup", 200);
    int rounds = Integer.getInteger("bench.web.rounds", 25);
    String loadBefore = Bench.loadAverage();
    Process server =
        new ProcessBuilder(home.resolve("reportqa").toString(), "web", "--port", "0")
            .directory(home.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      String base = address(server);
      Bench.progress("web server at %s", base);
      run(base, warmup, rounds, loadBefore);
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String address(Process server) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new IllegalStateException("the web server ended without printing its address");
  }

  private static void run(String base, int warmup, int rounds, String loadBefore) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<BenchQuestions.Question> questions = BenchQuestions.all();
    for (int i = 0; i < warmup; i++) {
      ask(http, base, questions.get(i % questions.size()).text());
    }
    Map<String, List<Double>> client = Map.of("zh", new ArrayList<>(), "en", new ArrayList<>());
    Map<String, List<Double>> server = Map.of("zh", new ArrayList<>(), "en", new ArrayList<>());
    for (int r = 0; r < rounds; r++) {
      for (BenchQuestions.Question q : questions) {
        long start = System.nanoTime();
        JsonNode answer = ask(http, base, q.text());
        client.get(q.lang()).add((System.nanoTime() - start) / 1e6);
        server.get(q.lang()).add(answer.get("latencyMs").asDouble());
      }
    }
    List<Double> allClient = new ArrayList<>(client.get("zh"));
    allClient.addAll(client.get("en"));
    List<Double> allServer = new ArrayList<>(server.get("zh"));
    allServer.addAll(server.get("en"));

    Bench.Table latency =
        new Bench.Table("questions", "measured", "p50 ms", "p95 ms", "p99 ms", "n");
    for (String lang : List.of("zh", "en")) {
      row(
          latency,
          lang + " (" + BenchQuestions.in(lang).size() + ")",
          "round trip",
          client.get(lang));
      row(latency, lang, "server (latencyMs)", server.get(lang));
    }
    row(latency, "all", "round trip", allClient);
    row(latency, "all", "server (latencyMs)", allServer);

    HttpResponse<byte[]> raw =
        http.send(
            HttpRequest.newBuilder(URI.create(base)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> gzip =
        http.send(
            HttpRequest.newBuilder(URI.create(base)).header("Accept-Encoding", "gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    String html = new String(raw.body(), StandardCharsets.UTF_8);
    long external = Pattern.compile("(src|href)=\"(?!data:|#)").matcher(html).results().count();
    double p50 = Bench.percentile(allClient, 50);
    double kb = raw.body().length / 1024.0;
    Bench.Table page = new Bench.Table("page", "value", "target", "met?");
    page.row("requests to show it", 1 + external, "1", external == 0 ? "met" : "NOT met");
    page.row(
        "bytes, uncompressed",
        raw.body().length + String.format(" (%.1f KB)", kb),
        "≤ 200 KB",
        Bench.met(kb, 200));
    page.row("bytes, gzip", gzip.body().length, "", "");
    String body =
        "### A question over HTTP\n\n"
            + warmup
            + " warm-up questions, then "
            + rounds
            + " rounds of the "
            + questions.size()
            + " benchmark questions, each in a new conversation, one at a time.\n\n"
            + latency
            + "\nTarget p50 ≤ 20 ms (round trip): **"
            + Bench.ms(p50)
            + " ms, "
            + Bench.met(p50, 20)
            + "**.\n\n### The page\n\n"
            + page;
    Bench.report("web", "Web server (./reportqa web)", loadBefore, body);
  }

  private static void row(Bench.Table table, String questions, String what, List<Double> ms) {
    table.row(
        questions,
        what,
        Bench.ms(Bench.percentile(ms, 50)),
        Bench.ms(Bench.percentile(ms, 95)),
        Bench.ms(Bench.percentile(ms, 99)),
        ms.size());
  }

  private static JsonNode ask(HttpClient http, String base, String question) throws Exception {
    String body = JSON.writeValueAsString(Map.of("question", question));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          response.statusCode() + " for " + question + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
