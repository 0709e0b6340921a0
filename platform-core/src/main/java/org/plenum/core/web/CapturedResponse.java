package org.plenum.core.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response held back in memory until the page is complete, so that it can be given an entity tag,
 * answered with 304, and kept in the page cache. Status, headers and errors go to the real response
 * as usual; only the body waits.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;
  private int status = 200;
  private boolean handedOver;

  CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called");
    }
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              buffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              buffer.write(b, off, len);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              // the body goes to memory, so writing is always possible at once
              try {
                listener.onWritePossible();
              } catch (IOException e) {
                listener.onError(e);
              }
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called");
    }
    if (writer == null) {
      String enc = getCharacterEncoding();
      Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
      writer = new PrintWriter(new OutputStreamWriter(buffer, cs), false);
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void setContentLength(int len) {
    // the length is set once the body is complete
  }

  @Override
  public void setContentLengthLong(long len) {
    // the length is set once the body is complete
  }

  @Override
  public void resetBuffer() {
    buffer.reset();
    super.resetBuffer();
  }

  @Override
  public void reset() {
    buffer.reset();
    super.reset();
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc) throws IOException {
    status = sc;
    handedOver = true;
    super.sendError(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    status = sc;
    handedOver = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    handedOver = true;
    status = 302;
    super.sendRedirect(location);
  }

  /**
   * @return the status the page set
   */
  int status() {
    return status;
  }

  /**
   * @return true when the page answered with an error or a redirect, straight through
   */
  boolean handedOver() {
    return handedOver;
  }

  /**
   * The body written so far.
   *
   * @return the bytes
   */
  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return buffer.toByteArray();
  }
}
