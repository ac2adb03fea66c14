package org.w3id.cydip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP to a server under test at {@code base}: GET and POST with headers given as
 * name, value, name, value..., redirects not followed. Interruptions and I/O
 * failures become unchecked, so tests read as the requests they make.
 */
public final class TestClient {
    private final String base;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public TestClient(String base) {
        this(base, null);
    }

    /** A client whose every request fails after {@code timeout} without an answer (a benchmark must end); null: no limit. */
    public TestClient(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /** {@code base + path}. */
    public String url(String path) {
        return base + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is kept as bytes (gzip, binary RDF). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of {@code body}; {@code contentType} null sends none. */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends any request on a new connection: a server may close a connection after
     * refusing a request whose body it did not read, and a pooled one would be stale.
     */
    public HttpResponse<String> sendFresh(HttpRequest request) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return send(client, request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A request builder for {@code path} with {@code headers}, to send with {@link #sendFresh}. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (timeout != null)
            b.timeout(timeout);
        if (headers.length > 0)
            b.headers(headers);
        return b;
    }

    /** The headers {@code Authorization: Basic ...} for {@code user} and {@code password}. */
    public static String[] basicAuth(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new String[] {"Authorization", "Basic " + token};
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        return send(http, request, body);
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
