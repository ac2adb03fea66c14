package org.w3id.cydip.web;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * The server over the real graph ({@link CydipTestServer#real()}), with what the
 * page tests add: pages asked for as a browser asks, parsed with jsoup.
 */
final class RealGraphServer implements AutoCloseable {
    private final CydipTestServer server = CydipTestServer.real();

    static RealGraphServer start() {
        return new RealGraphServer();
    }

    ValidatedDataset data() {
        return server.data();
    }

    String url(String path) {
        return server.url(path);
    }

    /** GET {@code path} with the given header name/value pairs. */
    HttpResponse<String> get(String path, String... headers) {
        return server.get(path, headers);
    }

    /** The HTML page at {@code path}, asked for as a browser asks, parsed; it must answer 200. */
    Document page(String path, String... headers) {
        HttpResponse<String> r = get(path, withHtml(headers));
        if (r.statusCode() != 200)
            throw new AssertionError(path + " answered " + r.statusCode() + ":\n" + r.body());
        return Jsoup.parse(r.body(), url(path));
    }

    static String[] withHtml(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    @Override
    public void close() {
        server.close();
    }
}
