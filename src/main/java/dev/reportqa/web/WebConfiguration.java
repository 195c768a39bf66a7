package dev.reportqa.web;

import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.brief.BriefBuilder;
import dev.reportqa.brief.BriefMarkdown;
import dev.reportqa.brief.FigureExport;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.shell.ReportSession;
import java.time.Clock;
import java.time.Duration;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.ErrorPage;
import org.springframework.boot.web.server.ErrorPageRegistrar;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The web server's context (see {@link WebServer}): Tomcat and Spring MVC from the few
 * auto-configurations named here, the routes of the page and its API, and the conversations of the
 * open browser tabs.
 *
 * <p>Routes are functions rather than annotated controllers, and this is the only class of the
 * package with Spring annotations besides {@link WebCommand}: the shell's context scans this
 * package too, and reading an annotated class loads its annotations' classes, so controllers would
 * bring Spring MVC classes into every shell start. This class itself is skipped there by its
 * profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile(WebServer.PROFILE)
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  ServletWebServerFactoryAutoConfiguration.class,
  EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  HttpEncodingAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  WebMvcAutoConfiguration.class
})
class WebConfiguration {

  /** Every path the server answers, and where errors go. */
  @Bean
  RouterFunction<ServerResponse> routes(
      PageHandler page, AskHandler ask, ReportHandler reports, BriefHandler briefs) {
    return RouterFunctions.route()
        .GET("/", page::page)
        .GET("/index.html", page::page)
        .POST("/api/ask", ask::ask)
        .route(
            RequestPredicates.path("/api/ask"),
            request -> ApiErrors.error(405, "ask with POST and a JSON body"))
        .DELETE("/api/conversations/{id}", ask::forget)
        .GET("/api/reports", reports::reports)
        .GET("/api/reports/{name}/lines", reports::lines)
        .GET("/api/reports/{name}/outline", reports::outline)
        .GET("/api/figures", briefs::figures)
        .GET("/api/brief", briefs::brief)
        .route(RequestPredicates.path("/error"), ApiErrors::page)
        .onError(Exception.class, ApiErrors::response)
        .build();
  }

  @Bean
  PageHandler pageHandler(Page page) {
    return new PageHandler(page);
  }

  @Bean
  AskHandler askHandler(ConversationStore conversations, AnswerViews views) {
    return new AskHandler(conversations, views);
  }

  @Bean
  ReportHandler reportHandler(ReportSession session) {
    return new ReportHandler(session);
  }

  @Bean
  BriefHandler briefHandler(
      ReportSession session, BriefBuilder builder, BriefMarkdown markdown, FigureExport export) {
    return new BriefHandler(session, builder, markdown, export);
  }

  @Bean
  ConversationStore conversationStore(
      ReportSession session,
      @Value("${reportqa.web.max-conversations}") int maxConversations,
      @Value("${reportqa.web.conversation-idle}") Duration idle) {
    // The index is built before the server starts (WebCommand), so no conversation builds it.
    return new ConversationStore(
        () -> session.newAssistant(BuildProgress.NONE)::ask,
        maxConversations,
        idle,
        Clock.systemUTC());
  }

  @Bean
  AnswerViews answerViews(ReportSession session, AnswerTemplates templates) {
    return new AnswerViews(session, templates);
  }

  @Bean
  Page page() {
    return Page.load();
  }

  /** What no route answers goes to {@code /error}, which answers in JSON. */
  @Bean
  ErrorPageRegistrar errorPage() {
    return registry -> registry.addErrorPages(new ErrorPage("/error"));
  }

  /** Tomcat's own error reports (a request it cannot parse) in JSON too. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                // Named as the host's report valve, so that the host adds no HTML one of its own.
                host.setErrorReportValveClass(JsonErrorValve.class.getName());
                host.getPipeline().addValve(new JsonErrorValve());
              }
            });
  }

  /** Headers on every response, and only loopback host names while bound to loopback. */
  @Bean
  FilterRegistrationBean<SecurityFilter> securityFilter(
      @Value("${server.address}") String address, Page page) {
    FilterRegistrationBean<SecurityFilter> registration =
        new FilterRegistrationBean<>(new SecurityFilter(address, page.contentSecurityPolicy()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Runs before Spring MVC reads a body, so that an oversized one is never read in full. */
  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
      @Value("${reportqa.web.max-body-bytes}") int maxBytes) {
    FilterRegistrationBean<BodyLimitFilter> registration =
        new FilterRegistrationBean<>(new BodyLimitFilter(maxBytes));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
