package dev.reportqa.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** {@code GET /}: the page, in one response. */
final class PageHandler {

  private final Page page;

  PageHandler(Page page) {
    this.page = page;
  }

  ServerResponse page(ServerRequest request) {
    // Its Content-Security-Policy is set by SecurityFilter, with every other response's.
    return ServerResponse.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(page.html());
  }
}
