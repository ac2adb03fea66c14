package org.w3id.cydip.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds a small response in memory and sends it in one write with a
 * Content-Length. Fuseki streams results in chunks; for small results the last
 * chunk waits on the client's delayed ACK (Nagle), which costs tens of
 * milliseconds per request. Responses larger than {@link #LIMIT} are streamed as before.
 */
final class BufferedResponseFilter implements Filter {
    static final int LIMIT = 256 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!(resp instanceof HttpServletResponse http)) {
            chain.doFilter(req, resp);
            return;
        }
        Buffering wrapper = new Buffering(http);
        chain.doFilter(req, wrapper);
        wrapper.finish();
    }

    private static final class Buffering extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        private ServletOutputStream realStream;
        private PrintWriter writer;
        private final BlockingOutput stream = new BlockingOutput() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (realStream == null && buffer.size() + len <= LIMIT) {
                    buffer.write(b, off, len);
                    return;
                }
                spill().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (realStream != null)
                    realStream.flush();
            }
        };

        Buffering(HttpServletResponse real) {
            super(real);
            this.real = real;
        }

        private ServletOutputStream spill() throws IOException {
            if (realStream == null) {
                realStream = real.getOutputStream();
                buffer.writeTo(realStream);
                buffer.reset();
            }
            return realStream;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null)
                writer.flush();
            if (realStream != null)
                realStream.flush();
        }

        void finish() throws IOException {
            if (writer != null)
                writer.flush();
            if (realStream != null || real.isCommitted())
                return;
            if (buffer.size() > 0 || !real.containsHeader("Content-Length"))
                real.setContentLength(buffer.size());
            buffer.writeTo(real.getOutputStream());
        }
    }
}
