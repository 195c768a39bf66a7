package dev.reportqa.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit with 413 and a JSON error: at once when the declared length
 * is over it, and, for a body sent in chunks without a length, as soon as more than the limit has
 * been read (the reader then fails, and {@link ApiErrors} answers 413).
 *
 * <p>Written here because Tomcat's own limit ({@code maxPostSize}) covers form posts only, not
 * JSON.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

  /** Thrown by the reading side when a body runs over the limit. */
  static final class TooLargeException extends IOException {
    TooLargeException(int limit) {
      super("the request body is larger than " + limit + " bytes");
    }
  }

  private final int maxBytes;

  BodyLimitFilter(int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      ApiErrors.write(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          new TooLargeException(maxBytes).getMessage());
      return;
    }
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final int maxBytes;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, int maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream in;
    private final int maxBytes;
    private long read;

    CountingStream(ServletInputStream in, int maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLargeException {
      read += n;
      if (read > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
