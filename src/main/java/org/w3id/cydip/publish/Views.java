package org.w3id.cydip.publish;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.vocab.Cydip;

/**
 * The linked-data documents this server publishes, by path: {@code /id/...}
 * (one resource and the acts about it), {@code /ontology} (the ontology and concept
 * schemes) and {@code /.well-known/void} (the dataset's self-description). A path
 * may end in a representation's extension ({@code /id/state/RUS.ttl}): that names
 * the document in that one representation.
 */
public final class Views {
    public static final String ONTOLOGY = "/ontology";
    public static final String VOID = "/.well-known/void";

    private final DatasetGraph dataset;
    private final Describer describer;

    public Views(DatasetGraph dataset) {
        this.dataset = dataset;
        this.describer = new Describer(dataset);
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
    }

    /**
     * The document at {@code documentPath} in representation {@code r}.
     *
     * @param serverBase where this server answers, for the endpoint and dump links in VoID
     * @throws NotFoundException when nothing is published there
     */
    public Page page(String documentPath, Representation r, Languages langs, String serverBase) {
        if (documentPath.startsWith("/id/")) {
            Description d = describer.describe(LinkedData.iriOf(documentPath))
                    .orElseThrow(() -> new NotFoundException(LinkedData.iriOf(documentPath) + ": not in the graph"));
            return r.isRdf() ? new Page.Rdf(r, d.graph()) : new Page.Html(HtmlPage.resource(d, langs, documentPath));
        }
        if (documentPath.equals(ONTOLOGY))
            return whole(describer.namedGraph(Cydip.graph("ontology")), ONTOLOGY, "cydip ontology and concept schemes",
                    r, langs);
        if (documentPath.equals(VOID))
            return whole(SelfDescription.of(dataset, serverBase).getGraph(), VOID, "cydip: about the dataset", r, langs);
        throw new NotFoundException(documentPath + ": no such document");
    }

    private static Page whole(Graph g, String path, String title, Representation r, Languages langs) {
        return r.isRdf() ? new Page.Rdf(r, g) : new Page.Html(HtmlPage.document(g, title, langs, path));
    }
}
