package org.w3id.cydip.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.w3id.cydip.testing.StateEntries;
import org.w3id.cydip.testing.TestClient;

/** What {@link ReliabilityBench} sends: adversarial queries, SSRF attempts, malformed inputs, fuzz cases, a mixed load. */
final class Adversaries {
    private Adversaries() {}

    static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("backtracking regex (issue)", "SELECT ?x WHERE { BIND(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"!\") AS ?x) FILTER(REGEX(?x,\"(.*a){14}$\")) }");
        q.put("backtracking regex x24", "SELECT ?x WHERE { BIND(\"" + "a".repeat(40) + "!\" AS ?x) FILTER(REGEX(?x,\"(.*a){24}$\")) }");
        StringBuilder concat = new StringBuilder("SELECT (STRLEN(?x30) AS ?n) WHERE { BIND(\"0123456789abcdef0123456789abcdef\" AS ?x0)");
        for (int i = 1; i <= 30; i++)
            concat.append(" BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(')');
        q.put("30 nested CONCAT", concat.append(" }").toString());
        q.put("10 MB query text", "SELECT * { ?s ?p ?o } #" + "x".repeat(10 << 20));
        StringBuilder union = new StringBuilder("SELECT * { {?s ?p 0}");
        for (int i = 1; i < 20_000; i++)
            union.append(" UNION {?s ?p ").append(i).append('}');
        q.put("UNION of 20,000 branches", union.append(" }").toString());
        q.put("braces 5,000 deep", "SELECT * " + "{".repeat(5000) + " ?s ?p ?o " + "}".repeat(5000));
        q.put("cartesian product", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        q.put("sort of a cartesian product", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1");
        q.put("DISTINCT of a cartesian product", "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }");
        q.put("GROUP_CONCAT of a product", "SELECT (STRLEN(GROUP_CONCAT(STR(?c))) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }");
        q.put("path closure from every node", "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:p>|!<urn:q>)* ?b }");
        q.put("REPLACE growth", "SELECT (STRLEN(?y) AS ?n) WHERE { ?s ?p ?o . BIND(REPLACE(STR(?o), \"\", \"" + "x".repeat(200) + "\") AS ?y) }");
        return q;
    }

    static List<String> ssrf(String url) {
        URI u = URI.create(url);
        int port = u.getPort();
        List<String> out = new ArrayList<>();
        for (String host : new String[] {"127.0.0.1", "localhost", "[::1]", "2130706433", "0x7f000001", "127.1"})
            out.add("SELECT * { SERVICE <http://" + host + ":" + port + "/sparql> { ?s ?p ?o } }");
        out.add("SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }");
        out.add("SELECT * { BIND(<" + url + "> AS ?e) SERVICE ?e { ?s ?p ?o } }");
        out.add("SELECT * FROM <" + url + "> { ?s ?p ?o } LIMIT 1");
        out.add("SELECT * FROM NAMED <" + url + "> { GRAPH ?g { ?s ?p ?o } } LIMIT 1");
        out.add("DESCRIBE <" + url + ">");
        out.add("{\"@context\": \"" + url + "\", \"@id\": \"https://w3id.org/cydip/id/state/XZZ\"}");
        out.add("{\"@context\": [\"" + url + "\"], \"@id\": \"https://w3id.org/cydip/id/state/XZZ\"}");
        return out;
    }

    static List<HttpRequest> badInputs(TestClient c) {
        List<HttpRequest> out = new ArrayList<>();
        for (String type : new String[] {"application/rdf+json", "application/rdf+protobuf", "application/rdf+thrift",
                "application/x-binary-rdf", "text/csv", "application/n-quads; charset=latin1", "", "text/turtle;;;"})
            out.add(post(c, "/api/validate", type, "{\"x\": [1, 2]}".getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/api/validate", "application/ld+json", ("{\"@id\":\"urn:x\",\"urn:p\":" + "[".repeat(2000) + "1" + "]".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/api/validate", "text/turtle", ("<urn:x> <urn:p> " + "[ <urn:p> ".repeat(50_000) + "1" + " ]".repeat(50_000) + " .").getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/api/validate", "text/turtle", ("<urn:x> <urn:p> " + "(".repeat(50_000) + ")".repeat(50_000) + " .").getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/api/validate", "application/rdf+xml", ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"urn:x\"><rdf:value>&f;&f;&f;&f;</rdf:value></rdf:Description></rdf:RDF>").getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/api/validate", "text/turtle", bytes("<urn:x> <urn:p> \"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\" .")));
        out.add(post(c, "/cydip/sparql", "application/sparql-query", bytes("SELECT * { ?s ?p \"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\" }")));
        out.add(post(c, "/cydip/sparql", "application/sparql-query", queries().get("UNION of 20,000 branches").getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/cydip/sparql", "application/sparql-query", queries().get("braces 5,000 deep").getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/cydip/sparql", "application/x-www-form-urlencoded", "query=%ZZ&x=%".getBytes(StandardCharsets.UTF_8)));
        out.add(post(c, "/cydip/sparql", "application/sparql-update", "DROP ALL".getBytes(StandardCharsets.UTF_8)));
        for (String path : new String[] {"/id/x;y%7Bz%7D", "/id/state/%FF", "/id/state/%00", "/id/%2e%2e/%2e%2e/pom.xml", "/assets/%2e%2e/x",
                "/cydip/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%22%ED%A0%80%22%7D", "/cydip/sparql?timeout=99999&query=ASK%7B%7D",
                "/api/queries/votes-on-resolution?resolution=%22%3E%3Cscript%3E", "/api/queries/" + "x".repeat(5000), "/queries/%FF",
                "/search?q=" + "%F0".repeat(100), "/changes/%00", "/dumps/../pom.xml", "/cydip/get?graph=%FF", "/cydip/get?graph=urn:none",
                "/id/state/FRA?format=%FF", "/api/search?q=a&lang=%00"})
            out.add(c.request(path, "Accept", "*/*").GET().build());
        // (java.net.http refuses to send control characters in a header, so this one has none.)
        out.add(c.request("/id/state/FRA", "Accept", "x/;q=x, */*;q=abc, text/html;q=-1").GET().build());
        out.add(c.request("/cydip/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json;q=2;;").GET().build());
        return out;
    }

    static HttpResponse<String> fuzzCase(TestClient c, Random random) {
        String[] seeds = {"SELECT ?s ?label WHERE { ?s a <https://w3id.org/cydip/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = \"en\") } LIMIT 10",
                "PREFIX cydip: <https://w3id.org/cydip/ontology#> ASK { ?v cydip:vote ?x }", StateEntries.state("XZY"),
                "{\"@id\": \"https://w3id.org/cydip/id/state/XZY\", \"@type\": \"https://w3id.org/cydip/ontology#State\"}"};
        int k = random.nextInt(seeds.length);
        byte[] b = mutate(seeds[k].getBytes(StandardCharsets.UTF_8), random);
        return switch (k) {
            case 0, 1 -> c.sendFresh(post(c, "/cydip/sparql", "application/sparql-query", b));
            case 2 -> c.sendFresh(post(c, "/api/validate", "text/turtle", b));
            default -> c.sendFresh(post(c, "/api/validate", "application/ld+json", b));
        };
    }

    private static byte[] mutate(byte[] b, Random random) {
        byte[] out = b.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(3)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = concat(java.util.Arrays.copyOf(out, at), java.util.Arrays.copyOfRange(out, Math.min(out.length, at + 1 + random.nextInt(5)), out.length));
                default -> out = concat(java.util.Arrays.copyOf(out, at), concat(java.util.Arrays.copyOfRange(out, at, Math.min(out.length, at + 20)), java.util.Arrays.copyOfRange(out, at, out.length)));
            }
            if (out.length == 0)
                out = new byte[] {'{'};
        }
        return out;
    }

    static void mixedRequest(TestClient c, int i) {
        try {
            switch (i % 6) {
                case 0 -> c.get(ReliabilityBench.q("SELECT ?s ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 1000"), "Accept", "application/sparql-results+json");
                case 1 -> c.get("/api/queries/votes-on-resolution", "Accept", "text/csv");
                case 2 -> c.get("/id/state/RUS", "Accept", "text/html");
                case 3 -> c.get("/id/state/FRA", "Accept", "text/turtle");
                case 4 -> c.post("/api/validate", "text/turtle", StateEntries.state("XZX"));
                default -> c.get("/");
            }
        } catch (RuntimeException e) {
            // a refused connection under load counts in the request total only
        }
    }

    static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status")))
            if (line.startsWith("VmHWM:"))
                return Long.parseLong(line.replaceAll("\\D", ""));
        return -1;
    }

    private static HttpRequest post(TestClient c, String path, String type, byte[] body) {
        HttpRequest.Builder b = c.request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!type.isEmpty())
            b.header("Content-Type", type);
        return b.build();
    }

    private static byte[] bytes(String before, byte[] bad, String after) {
        return concat(concat(before.getBytes(StandardCharsets.UTF_8), bad), after.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
