package org.w3id.cydip.replicate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * HTTP to the primary a replica follows: its change feed ({@code /changes}), each
 * patch, and its dump ({@code /dumps/cydip.nq.gz}). A failure to get an answer is
 * {@link ReplicateException.Unreachable} (try again later); an answer that says the
 * primary's log does not hold what the replica has is {@link ReplicateException.Refused}.
 */
final class PrimaryClient implements AutoCloseable {
    static final String DUMP = "/dumps/cydip.nq.gz";
    private static final Duration CONNECT = Duration.ofSeconds(10);

    private final String base;
    private final HttpClient http;

    PrimaryClient(URI primary) {
        String b = primary.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String base() {
        return base;
    }

    /** A change the primary lists: its id, the id before it, when it was accepted, where to get it. */
    record Listed(String id, String prev, Instant time, String href) {}

    /** A page of the primary's feed; {@code modified} false when nothing changed while the request waited. */
    record Listing(boolean modified, String newest, List<Listed> changes) {}

    /**
     * The changes after {@code after} (null: from the first). With a {@code wait},
     * the primary holds the request until it has a newer change or the wait is over.
     */
    Listing list(String after, Duration wait) {
        String query = (after == null ? "" : "after=" + URLEncoder.encode(after, StandardCharsets.UTF_8))
                + (wait.isZero() ? "" : (after == null ? "" : "&") + "wait=" + wait.toSeconds());
        HttpRequest.Builder req = request("/changes" + (query.isEmpty() ? "" : "?" + query), wait.plusSeconds(30))
                .header("Accept", "application/json");
        if (!wait.isZero())
            req.header("If-None-Match", ChangeFeed.etag(after));
        HttpResponse<String> r = send(req.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 304)
            return new Listing(false, after, List.of());
        if (r.statusCode() == 404 && after == null)
            throw new ReplicateException.Refused(base + "/changes: no change feed there (" + error(r.body())
                    + "); follow a cydip server started with --store");
        if (r.statusCode() == 404)
            throw new ReplicateException.Refused("the primary " + base + " does not hold change " + after
                    + ", the last this replica applied (" + error(r.body()) + "): it is not the primary this replica was made from,"
                    + " or its log was reset; rebuild the replica");
        expect(200, r, "/changes");
        return listing(r.body());
    }

    /** The bytes of a patch the primary listed. */
    byte[] patch(Listed c) {
        HttpResponse<byte[]> r = send(request(c.href(), Duration.ofMinutes(5)).header("Accept", "application/rdf-patch").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() == 404)
            throw new ReplicateException.Refused("the primary " + base + " lists change " + c.id() + " but does not serve it at " + c.href());
        expect(200, r, c.href());
        return r.body();
    }

    /** The primary's dump, gzipped N-Quads, as it streams in. */
    InputStream dump() {
        HttpResponse<InputStream> r = send(request(DUMP, Duration.ofHours(2)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            try (InputStream in = r.body()) {
                expect(200, r, DUMP);
            } catch (IOException e) {
                throw new ReplicateException.Unreachable(base + DUMP + ": " + e.getMessage(), e);
            }
        }
        return r.body();
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    }

    private <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(req, body);
        } catch (IOException e) {
            throw new ReplicateException.Unreachable(req.uri() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplicateException.Unreachable(req.uri() + ": interrupted", e);
        }
    }

    private void expect(int status, HttpResponse<?> r, String what) {
        if (r.statusCode() != status)
            throw new ReplicateException.Unreachable(base + what + ": HTTP " + r.statusCode()
                    + (r.body() instanceof String s ? " " + error(s) : ""), null);
    }

    private static Listing listing(String body) {
        try {
            JsonObject o = JSON.parse(body);
            List<Listed> out = new ArrayList<>();
            for (JsonValue v : o.get("changes").getAsArray()) {
                JsonObject c = v.getAsObject();
                out.add(new Listed(c.getString("id"), text(c.get("prev")), Instant.parse(c.getString("time")), c.getString("href")));
            }
            return new Listing(true, text(o.get("newest")), out);
        } catch (JsonException | NullPointerException | ClassCastException | DateTimeParseException e) {
            throw new ReplicateException.Refused("the primary's /changes is not a cydip change feed: " + e.getMessage(), e);
        }
    }

    private static String text(JsonValue v) {
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    /** The {@code error} of a JSON error body, or the body's start. */
    private static String error(String body) {
        try {
            return JSON.parse(body).getString("error");
        } catch (RuntimeException e) {
            return body.length() > 200 ? body.substring(0, 200) + "..." : body;
        }
    }

    /** Cuts every request in flight (a long poll would otherwise hold a stop for its whole wait). */
    void abort() {
        http.shutdownNow();
    }

    @Override
    public void close() {
        http.close();
    }
}
