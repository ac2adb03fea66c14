package org.w3id.cydip.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;

/** Graph comparisons by isomorphism that print both sides on failure. */
public final class RdfAssertions {
    private RdfAssertions() {}

    public static void assertIsomorphic(Graph expected, Graph actual) {
        assertIsomorphic(expected, actual, "");
    }

    /** {@code actual} is isomorphic to {@code expected}; if not, fails showing both in Turtle. */
    public static void assertIsomorphic(Graph expected, Graph actual, String message) {
        if (!IsoMatcher.isomorphic(expected, actual))
            fail(prefix(message) + "graphs differ\n--- expected (" + expected.size() + " triples):\n"
                    + turtle(expected) + "--- actual (" + actual.size() + " triples):\n" + turtle(actual));
    }

    public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        assertIsomorphic(expected, actual, "");
    }

    /** The datasets are isomorphic (graph names included); if not, fails showing both in TriG. */
    public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual, String message) {
        if (!IsoMatcher.isomorphic(expected, actual))
            fail(prefix(message) + "datasets differ\n--- expected:\n" + trig(expected) + "--- actual:\n" + trig(actual));
    }

    private static String prefix(String message) {
        return message == null || message.isEmpty() ? "" : message + ": ";
    }

    private static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }

    private static String trig(DatasetGraph d) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, d, Lang.TRIG);
        return w.toString();
    }
}
