package org.w3id.cydip.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Admission to one {@link Lane}: a request runs only with a place in its lane and
 * while the heap is not nearly full ({@link MemoryGuard}); otherwise it is
 * refused at once with 503 and {@code Retry-After}, having cost nothing.
 */
final class AdmissionFilter implements Filter {
    private final Lane lane;
    private final MemoryGuard memory;

    AdmissionFilter(Lane lane, MemoryGuard memory) {
        this.lane = lane;
        this.memory = memory;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse out = (HttpServletResponse) resp;
        if (memory.nearlyFull()) {
            refuse(out, "the server is short of memory and takes no new queries now; retry shortly");
            return;
        }
        boolean admitted;
        try {
            admitted = lane.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!admitted) {
            refuse(out, lane.busy());
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            lane.leave();
        }
    }

    private static void refuse(HttpServletResponse out, String why) throws IOException {
        HttpErrors.send(out, new BusyException(why));
    }
}
