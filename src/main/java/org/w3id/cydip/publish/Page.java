package org.w3id.cydip.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/**
 * One negotiated answer: a graph written in an RDF syntax, or an HTML page. The
 * server sets the headers from {@link #contentType()} and streams {@link #write}.
 */
public sealed interface Page {
    Representation representation();

    void write(OutputStream out) throws IOException;

    default String contentType() {
        String t = representation().mediaType;
        return t.startsWith("text/") || t.equals("application/ld+json") ? t + "; charset=utf-8" : t;
    }

    record Rdf(Representation representation, Graph graph) implements Page {
        @Override
        public void write(OutputStream out) {
            RDFDataMgr.write(out, graph, representation.lang);
        }
    }

    record Html(String html) implements Page {
        @Override
        public Representation representation() {
            return Representation.html;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
