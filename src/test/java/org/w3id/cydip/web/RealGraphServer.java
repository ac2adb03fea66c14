package org.w3id.cydip.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.main.FusekiServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.server.CydipServer;
import org.w3id.cydip.server.Features;
import org.w3id.cydip.server.ServerContext;
import org.w3id.cydip.server.ServerOptions;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * The server as {@code cydip serve} builds it, every feature included, over the
 * real graph (loaded once per JVM), on a free loopback port. Close it to stop it.
 * (To become the shared {@code CydipTestServer} once that harness lands.)
 */
final class RealGraphServer implements AutoCloseable {
    private final FusekiServer server;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RealGraphServer() {
        ValidatedDataset data = TestProject.real();
        ServerOptions options = ServerOptions.defaults().withPort(0);
        server = CydipServer.build(data.dataset(), options,
                Features.all(new ServerContext(data, TestProject.files(), options))).start();
        base = CydipServer.baseUrl(server, options.host());
    }

    static RealGraphServer start() {
        return new RealGraphServer();
    }

    ValidatedDataset data() {
        return TestProject.real();
    }

    String url(String path) {
        return base + path;
    }

    /** GET {@code path} with the given header name/value pairs. */
    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0)
            b.headers(headers);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        server.stop();
    }
}
