package org.w3id.cydip.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.vocab.Cydip;

/**
 * The linked-data documents this server publishes, by path: {@code /id/...}
 * (one resource and the acts about it), {@code /ontology} (the ontology and concept
 * schemes) and {@code /.well-known/void} (the dataset's self-description). A path
 * may end in a representation's extension ({@code /id/state/RUS.ttl}): that names
 * the document in that one representation. Every body is rendered once per data
 * version and kept in a {@link RenderCache}.
 */
public final class Views {
    public static final String ONTOLOGY = "/ontology";
    public static final String VOID = "/.well-known/void";
    /** How many bytes of rendered documents are kept. */
    static final long CACHE_BYTES = 64L << 20;

    private final DatasetGraph dataset;
    private final Describer describer;
    private final HtmlRenderer html;
    private final RenderCache cache;

    public Views(DatasetGraph dataset, HtmlRenderer html) {
        this.dataset = dataset;
        this.describer = new Describer(dataset);
        this.html = html;
        this.cache = new RenderCache(dataset, CACHE_BYTES);
    }

    /** A request path split into the document path and the representation its extension fixes, if any. */
    public record Target(String documentPath, Optional<Representation> fixed) {
        public static Target of(String path) {
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            if (dot > slash + 1) {
                Optional<Representation> r = Representation.ofExtension(path.substring(dot + 1));
                if (r.isPresent())
                    return new Target(path.substring(0, dot), r);
            }
            return new Target(path, Optional.empty());
        }

        /** The same document name at another path ({@code /id/old.ttl} to {@code /id/new.ttl}). */
        public String moved(String newDocumentPath) {
            return newDocumentPath + fixed.map(r -> "." + r.extension).orElse("");
        }
    }

    /**
     * Where a deprecated resource now lives: the path (or, outside cydip's IRIs,
     * the IRI) of its replacement, if {@code documentPath} names one.
     */
    public Optional<String> replacement(String documentPath) {
        if (!documentPath.startsWith("/id/"))
            return Optional.empty();
        return describer.replacement(LinkedData.iriOf(documentPath))
                .map(iri -> iri.startsWith(LinkedData.BASE) ? "/" + iri.substring(LinkedData.BASE.length()) : iri);
    }

    /**
     * The document named by {@code request} in representation {@code r}.
     *
     * @throws NotFoundException when nothing is published there
     */
    public Page page(Representation r, PageRequest request) {
        String path = request.documentPath();
        String key = path + "|" + r + "|" + (r.isRdf() ? "" : html.variant(request))
                + (path.equals(VOID) ? "|" + request.serverBase() : "");
        return new Page(r, cache.get(key, () -> render(r, request)));
    }

    private byte[] render(Representation r, PageRequest request) {
        String path = request.documentPath();
        if (path.startsWith("/id/")) {
            String iri = LinkedData.iriOf(path);
            Description d = describer.describe(iri)
                    .orElseThrow(() -> new NotFoundException(iri + ": not in the graph"));
            return r.isRdf() ? rdf(d.graph(), r) : utf8(html.resource(d, request));
        }
        if (path.equals(ONTOLOGY)) {
            Graph g = describer.namedGraph(Cydip.graph("ontology"));
            return r.isRdf() ? rdf(g, r) : utf8(html.ontology(g, request));
        }
        if (path.equals(VOID)) {
            Graph g = SelfDescription.of(dataset, request.serverBase()).getGraph();
            return r.isRdf() ? rdf(g, r) : utf8(html.document(g, "cydip: about the dataset", request));
        }
        throw new NotFoundException(path + ": no such document");
    }

    private static byte[] rdf(Graph g, Representation r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        RDFDataMgr.write(out, g, r.lang);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
