package org.w3id.cydip.ingest;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;

/**
 * {@code curated/release.csv} to {@code release}: the data's version ({@code owl:versionInfo},
 * {@code dcat:version}) and the day its sources were last changed ({@code dcterms:modified}), said
 * of the dataset that VoID and DCAT describe, so that both carry them.
 */
final class ReleaseMapper {
    /** The dataset as {@code /.well-known/void} names it. */
    static final Node DATASET = Terms.uri("https://w3id.org/cydip/.well-known/void#cydip");
    static final String KIND = "release";

    private final Ingest in;

    ReleaseMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        List<Row> rows = in.table("curated/release.csv");
        if (rows.size() != 1)
            throw new ImportException("curated/release.csv: expected one row (this release), found " + rows.size());
        Row r = rows.getFirst();
        String version = r.required("version");
        if (!version.matches("\\d{4}\\.\\d{2}"))
            throw r.error("version", "expected YYYY.MM, found \"" + version + "\"");
        Node modified = Dates.of(r, "modified");
        if (!modified.getLiteralDatatypeURI().equals(XSDDatatype.XSDdate.getURI()))
            throw r.error("modified", "expected a day (YYYY-MM-DD), found \"" + r.get("modified") + "\"");
        in.fact(KIND, DATASET, r).str(OWL.versionInfo.asNode(), version).str(Terms.uri(DCAT.NS + "version"), version)
                .add(DCTerms.modified.asNode(), modified);
    }
}
