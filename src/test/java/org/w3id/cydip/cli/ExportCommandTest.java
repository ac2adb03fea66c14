package org.w3id.cydip.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.testing.FixtureProject;
import org.w3id.cydip.vocab.Cydip;

class ExportCommandTest {
    @TempDir
    Path tmp;

    private static DatasetGraph read(InputStream in, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(in).lang(lang).parse(dsg);
        return dsg;
    }

    @Test
    void gzipped_nquads_and_trig_exports_hold_the_same_named_graphs() throws IOException {
        Path home = FixtureProject.create(tmp.resolve("project"));
        Path nq = tmp.resolve("cydip.nq.gz"), trig = tmp.resolve("cydip.trig");
        assertEquals(Main.OK, Main.run("export", "--home", home.toString(), "--format", "nquads", "--gzip", "-o", nq.toString()));
        assertEquals(Main.OK, Main.run("export", "--home", home.toString(), "--format", "trig", "-o", trig.toString()));
        DatasetGraph fromNq, fromTrig;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nq))) {
            fromNq = read(in, Lang.NQUADS);
        }
        try (InputStream in = Files.newInputStream(trig)) {
            fromTrig = read(in, Lang.TRIG);
        }
        assertIsomorphic(fromTrig, fromNq);
        assertTrue(fromNq.containsGraph(Cydip.graph("votes")));
        assertTrue(fromNq.containsGraph(Cydip.graph("ontology")));
        assertTrue(fromNq.getDefaultGraph().isEmpty(), "every triple is in a named graph by kind");
    }

    @Test
    void export_refuses_a_format_that_is_not_rdf_with_exit_2() throws IOException {
        Path home = FixtureProject.create(tmp.resolve("project"));
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true),
                "export", "--home", home.toString(), "--format", "html");
        assertEquals(Main.USAGE, code);
        assertTrue(err.toString().contains("not one of turtle, jsonld, ntriples, rdfxml, nquads, trig"), err.toString());
    }
}
