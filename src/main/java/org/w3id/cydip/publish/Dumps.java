package org.w3id.cydip.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.AtomicFiles;
import org.w3id.cydip.load.LoadException;

/** Writes the whole graph: as one graph (the union) or as quads with the named graphs by kind. */
public final class Dumps {
    private Dumps() {}

    /** Writes the dump in {@code format}, an RDF syntax (not {@link Representation#html}). */
    public static void write(DatasetGraph dsg, Representation format, OutputStream out) {
        if (!format.isRdf())
            throw new IllegalArgumentException("a dump is RDF: " + format + " is not an RDF syntax");
        Txn.executeRead(dsg, () -> {
            if (format.quads) {
                RDFDataMgr.write(out, namedGraphsOnly(dsg), format.lang);
            } else {
                RDFDataMgr.write(out, withPrefixes(dsg.getUnionGraph(), dsg.prefixes().getMapping()), format.lang);
            }
        });
    }

    /**
     * {@code graph} with {@code prefixes}, without touching the graph's own prefix
     * mapping (a TDB2 graph refuses that change inside a read transaction).
     */
    static Graph withPrefixes(Graph graph, Map<String, String> prefixes) {
        PrefixMapping own = new PrefixMappingImpl().setNsPrefixes(prefixes);
        return new WrappedGraph(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return own;
            }
        };
    }

    /**
     * The named graphs, linked not copied, without the default graph: in cydip the
     * default graph is their union, and a dump must not hold every triple twice.
     */
    static DatasetGraph namedGraphsOnly(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        dsg.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dsg.getGraph(g)));
        view.prefixes().putAll(dsg.prefixes());
        return view;
    }

    /** As {@link #write}, gzipped when {@code gzip}; {@code out} is left open. */
    public static void write(DatasetGraph dsg, Representation format, boolean gzip, OutputStream out) {
        if (gzip)
            writeGzip(dsg, format, out);
        else
            write(dsg, format, out);
    }

    /**
     * Writes the dump into {@code file}, gzipped or not, whole or not at all (see
     * {@link AtomicFiles}); a {@link LoadException} names the file that cannot be written.
     */
    public static void writeFile(DatasetGraph dsg, Representation format, boolean gzip, Path file) {
        try {
            AtomicFiles.write(file, out -> write(dsg, format, gzip, out));
        } catch (IOException | UncheckedIOException e) {
            throw new LoadException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** As {@link #write}, gzipped; {@code out} is left open. */
    public static void writeGzip(DatasetGraph dsg, Representation format, OutputStream out) {
        try {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            write(dsg, format, gz);
            gz.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
