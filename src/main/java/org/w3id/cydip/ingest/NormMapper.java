package org.w3id.cydip.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cydip.vocab.Cydip;

/** {@code positions/gge2015_norms.csv} to {@code norms}: the eleven norms of A/70/174, para. 13 (a)-(k). */
final class NormMapper {
    private static final String KIND = "norms";
    private static final Node SCHEME = Cydip.id("scheme", "gge-2015-norms");
    private static final String SCHEME_LABEL = "Voluntary norms of the 2015 UN GGE report (A/70/174)";

    private final Ingest in;

    NormMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        Node report = Cydip.id("instrument", "A-70-174");
        if (!in.hasInstrument("A-70-174"))
            throw new ImportException("votes/processes.csv: the 2015 GGE report A/70/174 is missing; the norms are set out in it");
        Facts.Subject scheme = in.facts().about(KIND, SCHEME).a(Terms.CONCEPT_SCHEME)
                .en(Terms.LABEL, SCHEME_LABEL).en(Terms.PREF_LABEL, SCHEME_LABEL)
                .en(Terms.DEFINITION, "The eleven voluntary, non-binding norms of responsible state behaviour of the "
                        + "2015 UN GGE report, A/70/174, para. 13 (a)-(k), paraphrased.");
        for (Row r : in.table("positions/gge2015_norms.csv")) {
            Node norm = norm(r, report);
            scheme.add(Terms.HAS_TOP_CONCEPT, norm).addAll(Cydip.source, in.sources().of(r, "source"));
        }
    }

    private Node norm(Row r, Node report) {
        String letter = r.required("letter");
        if (!letter.matches("[a-k]"))
            throw r.error("letter", "expected a letter a-k, found \"" + letter + "\"");
        Node norm = Cydip.id("norm", "gge-2015-" + letter);
        in.fact(KIND, norm, r).a(Cydip.Norm).str(Terms.NOTATION, letter)
                .en(Terms.PREF_LABEL, r.required("short_name")).en(Terms.LABEL, r.required("short_name"))
                .en(Terms.DEFINITION, r.required("paraphrase")).add(Terms.IN_SCHEME, SCHEME)
                .add(SKOS.topConceptOf.asNode(), SCHEME).add(Cydip.setOutIn, report);
        return norm;
    }
}
