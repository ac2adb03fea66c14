package org.w3id.cydip.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.server.CydipServer;

/**
 * A server's usual work, sent to itself over loopback: every canned query's text on the SPARQL
 * endpoint and by the canned API, and a resource page, {@code rounds} times. The launcher runs it
 * ({@code serve --train N}) in a JVM that records what it loads and runs, the training run of the
 * JVM's ahead-of-time cache (JDK 25+): a server started with that cache starts with its classes
 * loaded and linked, and compiles the engine's hot methods from the training's profiles at once.
 * Answers are read and dropped; a status other than 200 is the query's own (a required parameter).
 * Bounded: no request is sent after {@link #BUDGET}, and none waits past it (at 50M triples some canned
 * queries take minutes).
 */
final class Training {
    private static final String JSON = "application/sparql-results+json";
    static final Duration BUDGET = Duration.ofSeconds(30);

    private Training() {}

    /** Sends the work {@code rounds} times; returns how many requests were answered. */
    static int run(CydipServer server, ProjectFiles files, int rounds, PrintWriter err) {
        QueryCatalogue catalogue = QueryCatalogue.load(files);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int answered = 0;
        try {
            for (int r = 0; r < rounds; r++) {
                for (CannedQuery q : catalogue.all()) {
                    answered += get(http, server.url(CydipServer.DATASET + "/sparql?query="
                            + URLEncoder.encode(catalogue.text(q.name()), StandardCharsets.UTF_8)), JSON, deadline);
                    answered += get(http, server.url("/api/queries/" + q.name()), "application/json", deadline);
                }
                answered += get(http, server.url("/id/state/RUS"), "text/html", deadline);
            }
        } catch (IOException e) {
            err.println("cydip: training stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answered;
    }

    private static int get(HttpClient http, String url, String accept, long deadline) throws IOException, InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0)
            throw new IOException("its " + BUDGET.toSeconds() + " s are over");
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofNanos(left)).build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? 1 : 0;
    }
}
