package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.testing.CydipTestServer;

/**
 * What a hostile client sends (issue #11, items 3, 5, 6 and 8): every malformed
 * input gets a 4xx whose JSON body names what was wrong, never a 500 and never a
 * silent repair.
 */
class HostileInputTest {
    private static CydipTestServer server;

    @BeforeAll
    static void start() {
        server = CydipTestServer.create().curate().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void a_query_text_over_the_limit_is_refused_with_413_before_parsing() {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(Limits.DEFAULT_MAX_QUERY_BYTES);
        var r = server.sendFresh(server.request("/cydip/sparql", "Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertError(413, "query", r);
    }

    @Test
    void a_query_string_over_the_limit_is_refused_with_413() {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(Limits.DEFAULT_MAX_QUERY_BYTES);
        assertError(413, "query", server.sendFresh(server.request("/cydip/sparql?query=" + enc(big)).GET().build()));
    }

    @Test
    void a_form_posted_query_over_the_limit_is_refused_with_413() {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(Limits.DEFAULT_MAX_QUERY_BYTES);
        var r = server.sendFresh(server.request("/cydip/sparql", "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(big))).build());
        assertError(413, "query", r);
    }

    @Test
    void a_query_string_with_invalid_utf8_is_refused_with_400() {
        assertError(400, "UTF-8", server.get("/cydip/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%22%ED%A0%80%22%7D"));
    }

    @Test
    void a_posted_query_with_invalid_utf8_is_refused_with_400() {
        byte[] body = bytes("SELECT * WHERE { ?s ?p \"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\" }");
        var r = server.sendFresh(server.request("/cydip/sparql", "Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertError(400, "UTF-8", r);
    }

    @Test
    void an_entry_with_invalid_utf8_is_refused_with_400_not_stored_as_a_replacement_character() {
        byte[] body = bytes("<https://w3id.org/cydip/id/state/XXX> <http://www.w3.org/2000/01/rdf-schema#label> \"",
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\"@en .\n");
        var r = server.sendFresh(server.request(CurateModule.VALIDATE, "Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertError(400, "UTF-8", r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/rdf+json", "application/rdf+protobuf", "application/rdf+thrift"})
    void an_entry_in_a_syntax_not_taken_is_refused_with_415(String type) {
        var r = server.sendFresh(server.request(CurateModule.VALIDATE, "Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\": 1}")).build());
        assertError(415, "RDF syntax", r);
    }

    @Test
    void json_ld_nested_too_deep_is_refused_with_400_naming_the_depth() {
        String deep = "{\"@id\":\"https://w3id.org/cydip/id/state/XXX\",\"https://e/p\":" + "[".repeat(2000) + "1"
                + "]".repeat(2000) + "}";
        var r = server.sendFresh(server.request(CurateModule.VALIDATE, "Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofString(deep)).build());
        assertError(400, "nested", r);
    }

    @Test
    void a_union_of_twenty_thousand_branches_is_a_4xx_not_a_500() {
        StringBuilder q = new StringBuilder("SELECT * WHERE { {?s ?p 1}");
        for (int i = 0; i < 20_000; i++)
            q.append(" UNION {?s ?p ").append(i).append('}');
        q.append(" }");
        var r = server.sendFresh(server.request("/cydip/sparql", "Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(q.toString())).build());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPTIONAL { ?s ?p ?o ", "MINUS { ?s ?p ?o ", "/<urn:p>"})
    void a_query_nested_too_deeply_to_plan_is_refused_with_400_not_a_500(String step) {
        // within the size limit; the stack overflows while it is parsed or, for the path, planned
        int n = (Limits.DEFAULT_MAX_QUERY_BYTES - 100) / (step.length() + 1);
        String q = step.startsWith("/") ? "SELECT * WHERE { ?s <urn:p>" + step.repeat(n) + " ?o }"
                : "SELECT * WHERE { ?s ?p ?o " + step.repeat(n) + "}".repeat(n) + " }";
        var r = server.sendFresh(server.request("/cydip/sparql", "Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build());
        assertError(400, "nested", r);
    }

    @Test
    void update_text_on_a_read_route_is_refused_with_400() {
        String update = enc("INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertError(400, "update", server.get("/cydip/sparql?query=" + enc("ASK {}") + "&update=" + update));
        assertError(400, "update", server.get("/cydip/get?update=" + update));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=%F0%F0%F0", "/id/state/RUS?format=%FF", "/api/queries/votes-on-resolution?resolution=%ED%A0%80",
            "/?x=%FF"})
    void a_query_string_that_is_not_utf8_on_any_route_is_refused_with_400(String path) {
        assertError(400, "query string", server.get(path, "Accept", "application/json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/x;y{z}", "/id/state/%FF", "/id/state/%00x", "/assets/%2e%2e/%2e%2e/pom.xml"})
    void a_malformed_path_is_a_4xx(String path) throws IOException {
        int status = rawStatus("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(status >= 400 && status < 500, path + ": " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cydip/sparql application/sparql-query", "/api/validate text/turtle"})
    void a_body_over_the_limit_sent_whole_before_the_answer_is_read_gets_its_413(String route) throws IOException {
        String[] pathAndType = route.split(" ");
        int size = (int) CurateSettings.DEFAULT_MAX_ENTRY_BYTES + (1 << 20);   // over both limits, past any socket buffer
        try (Socket s = new Socket("127.0.0.1", server.server().port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + pathAndType[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + pathAndType[1]
                    + "\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = "#".repeat(1 << 16).getBytes(StandardCharsets.ISO_8859_1);
            for (int sent = 0; sent < size; sent += chunk.length)
                out.write(chunk, 0, Math.min(chunk.length, size - sent));   // a reset here: the body was left unread
            out.flush();
            String head = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            assertEquals("413", head.substring(9, 12), head);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cydip/sparql application/sparql-query", "/api/validate text/turtle"})
    void a_body_over_the_limit_that_waits_to_be_told_to_continue_gets_its_413_unsent(String route) throws IOException {
        String[] pathAndType = route.split(" ");
        long size = CurateSettings.DEFAULT_MAX_ENTRY_BYTES + 1;
        assertEquals(413, rawStatus("POST " + pathAndType[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + pathAndType[1]
                + "\r\nContent-Length: " + size + "\r\nExpect: 100-continue\r\n\r\n"), "not told to continue (100)");
    }

    private static int rawStatus(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.server().port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    private static void assertError(int status, String mentions, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonObject body = JSON.parse(r.body());
        String error = body.get("error").getAsString().value();
        assertTrue(error.toLowerCase().contains(mentions.toLowerCase()), error);
    }

    private static byte[] bytes(String before, byte[] bad, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + bad.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(bad, 0, all, a.length, bad.length);
        System.arraycopy(c, 0, all, a.length + bad.length, c.length);
        return all;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
