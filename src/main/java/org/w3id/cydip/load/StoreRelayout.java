package org.w3id.cydip.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a store anew with cydip's quad indexes ({@link Store#QUAD_INDEXES}) at every rebuild, so
 * that its indexes are built by sorting ({@link SortedIndexes}) whatever indexes it was made with,
 * keeping the graphs that no file holds and the prefixes. It cannot lose them: they are first
 * written whole beside the store ({@value #KEPT}); only then is the old database deleted and the
 * new one given them, and the file goes once they are committed. A start that finds the file
 * finishes the relayout from it.
 */
public final class StoreRelayout {
    public static final String KEPT = "cydip-kept.trig";
    static final String TRAILER = "# cydip-kept: ";
    private static final Pattern PREFIX_NAME = Pattern.compile("([A-Za-z]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?");
    private static final Pattern IRI = Pattern.compile("[^\\x00-\\x20<>\"{}|^`\\\\]*");
    private static final Logger LOG = LoggerFactory.getLogger(StoreRelayout.class);

    private StoreRelayout() {}

    /** Is the store in {@code dir} to be made anew: made with other indexes, or a relayout that did not finish? */
    public static boolean needed(Path dir) {
        return unfinished(dir) || !Store.quadIndexes(Store.tdb(dir)).equals(List.of(Store.QUAD_INDEXES));
    }

    /** Did a relayout of the store in {@code dir} stop before it ended? */
    public static boolean unfinished(Path dir) {
        return Files.exists(dir.resolve(KEPT));
    }

    /** Makes the store in {@code dir} anew with cydip's indexes, with the quads of {@code keep} it held; returns it as cydip reads it. */
    public static DatasetGraph renew(Path dir, Set<Node> keep) {
        DatasetGraph kept = anew(dir, keep);
        DatasetGraph fresh = Store.tdb(dir);
        Txn.executeWrite(fresh, () -> kept.find().forEachRemaining(fresh::add));
        finished(dir);
        return Store.view(fresh);
    }

    /**
     * {@link #emptied}, and the new store given the old one's prefixes; returns the kept quads, which stay in
     * {@value #KEPT} until the caller has committed them and calls {@link #finished}.
     */
    public static DatasetGraph anew(Path dir, Set<Node> keep) {
        DatasetGraph kept = emptied(dir, keep);
        DatasetGraph fresh = Store.tdb(dir);
        Txn.executeWrite(fresh, () -> fresh.prefixes().putAll(kept.prefixes()));
        return kept;
    }

    /**
     * Makes the store in {@code dir} anew and empty, and returns (in memory) the quads of {@code keep} it held
     * and its prefixes. They stay in {@value #KEPT} until the caller has them committed into the new store
     * and calls {@link #finished}; a start that finds the file first puts them back ({@link #renew}).
     * They are held in memory, here and by the caller: they are the curated entries and the change log's
     * head, a curator's entries (thousands of triples, not a data file's millions).
     */
    public static DatasetGraph emptied(Path dir, Set<Node> keep) {
        Path kept = dir.resolve(KEPT);
        try {
            // A file without its last line was cut off before it was on the disk whole, so the database was not
            // deleted yet: it is written again from the database (a file of an older cydip has no such line:
            // it is taken as it is where the database is gone).
            if (!unfinished(dir) || (!whole(kept) && hasDatabase(dir)))
                keep(Store.tdb(dir), keep, kept);
            DatasetGraph quads = read(kept);   // read back before anything is deleted
            TDBInternal.expel(Store.tdb(dir));
            deleteDatabase(dir);
            return quads;
        } catch (IOException | RiotException e) {
            throw new LoadException(dir + ": cannot make the store anew: " + e.getMessage(), e);
        }
    }

    /** The kept graphs are in the new store: the relayout is over. */
    public static void finished(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(KEPT));
        } catch (IOException e) {
            throw new LoadException(dir + ": cannot remove " + KEPT + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the graphs {@code keep} of {@code tdb} and its prefixes into {@code file}, whole or not at all, and
     * synced to the disk before the database can be deleted. One quad a line (TriG); blank nodes by their own
     * labels, encoded as RIOT encodes them, so that they are read back the same nodes: the change log's patches
     * and the replicas name them so.
     */
    private static void keep(DatasetGraph tdb, Set<Node> keep, Path file) throws IOException {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(tdb, () -> {
            for (Node g : keep)
                tdb.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            copy.prefixes().putAll(tdb.prefixes());
        });
        AtomicFiles.writeSynced(file, out -> write(copy, out));
    }

    /**
     * One quad a line, then {@value #TRAILER} and the counts: a file without that last line is not whole. A prefix
     * that TriG cannot write (a name such as {@code _x} or {@code ns.}, which RDF/XML allows, or an IRI with
     * characters an IRI may not hold) is left out and said: prefixes name no fact, and a file that cannot be
     * read back would leave the store unopenable.
     */
    private static void write(DatasetGraph quads, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int prefixes = 0;
        for (Map.Entry<String, String> e : quads.prefixes().getMapping().entrySet()) {
            if (!PREFIX_NAME.matcher(e.getKey()).matches() || !IRI.matcher(e.getValue()).matches()) {
                LOG.warn("prefix {}: <{}> not kept through the rebuild: TriG cannot write it", e.getKey(), e.getValue());
                continue;
            }
            w.write("PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n");
            prefixes++;
        }
        long n = 0;
        for (Iterator<Quad> it = quads.find(); it.hasNext(); n++) {
            Quad q = it.next();
            w.write(NodeFmtLib.strNT(q.getGraph()) + " { " + NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate())
                    + " " + NodeFmtLib.strNT(q.getObject()) + " }\n");
        }
        w.write(TRAILER + n + " quads, " + prefixes + " prefixes\n");
        w.flush();
    }

    /** Does {@code file} end with its last line, and hold as many quads and prefixes as that line says? */
    static boolean whole(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getLast().startsWith(TRAILER))
            return false;
        long prefixes = lines.stream().filter(l -> l.startsWith("PREFIX ")).count();
        long quads = lines.size() - 1 - prefixes;
        return lines.getLast().equals(TRAILER + quads + " quads, " + prefixes + " prefixes");
    }

    private static DatasetGraph read(Path kept) {
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.source(kept).lang(Lang.TRIG).labelToNode(LabelToNode.createUseLabelEncoded()).parse(quads);
        return quads;
    }

    private static boolean hasDatabase(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("Data-"));
        }
    }

    /** Deletes TDB2's files in {@code dir} (its generations, lock and settings), and nothing of cydip's. */
    private static void deleteDatabase(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(StoreRelayout::ofTdb2).toList())
                try (Stream<Path> tree = Files.walk(f)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList())
                        Files.delete(p);
                }
        }
    }

    private static boolean ofTdb2(Path f) {
        String n = f.getFileName().toString();
        return n.startsWith("Data-") || n.equals("tdb.lock") || n.equals("tdb.cfg");
    }
}
