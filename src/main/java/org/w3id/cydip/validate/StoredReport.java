package org.w3id.cydip.validate;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.w3id.cydip.vocab.Cydip;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathParser;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.cydip.load.AtomicFiles;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.StoreManifest;

/**
 * The whole-graph validation report of a store's content, kept beside its manifest in
 * {@code DIR/cydip-report.txt}, so that {@code cydip validate} on an unchanged store
 * answers at once. It is keyed by the store's content: the files' hashes (its manifest)
 * and the last curated change it holds ({@link #key}); a report under another key is never read. Each
 * result keeps what the renderers show (severity, focus node, path, value, source
 * shape and component, messages); a property shape without an IRI is kept with the
 * triples that name it ({@code sh:property} from its parent, its {@code sh:name}), so
 * that it reads as in the report it was taken from.
 *
 * @param key       the content it is the report of
 * @param validated when the content was validated
 * @param report    the results, in the validator's order
 * @param shapes    the triples that name the results' blank source shapes
 */
public record StoredReport(String key, Instant validated, ValidationReport report, Graph shapes) {
    static final String FILE = "cydip-report.txt";
    private static final String HEADER = "# The whole validation report of this cydip store's content; written by cydip, do not edit.";

    /** The report of {@code dsg}'s content (validated whole now), its blank shapes named from {@code shapesGraph}. */
    public static StoredReport of(ValidationReport report, Graph shapesGraph, StoreManifest manifest, DatasetGraph dsg) {
        Graph names = GraphFactory.createDefaultGraph();
        for (ReportEntry e : report.getEntries())
            if (e.source() != null && e.source().isBlank()) {
                shapesGraph.find(Node.ANY, SHACL.property, e.source()).nextOptional().ifPresent(names::add);
                shapesGraph.find(e.source(), SHACL.name, Node.ANY).forEachRemaining(names::add);
            }
        return new StoredReport(key(manifest, dsg), Instant.now(), report, names);
    }

    /** Keeps this report in the store {@code dir}, whole or not at all; null: any report kept there is removed. */
    public static void keep(Path dir, StoredReport stored) {
        try {
            if (stored == null)
                Files.deleteIfExists(dir.resolve(FILE));
            else
                AtomicFiles.writeAll(dir, Map.of(FILE, stored.text()));
        } catch (IOException e) {
            throw new LoadException(dir.resolve(FILE) + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** The report kept in {@code dir} for {@code dsg}'s content now, if there is one; else (none, stale, unreadable) empty. */
    public static Optional<StoredReport> read(Path dir, DatasetGraph dsg) {
        Optional<StoreManifest> manifest = StoreManifest.read(dir);
        if (manifest.isEmpty())
            return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new LoadException(dir.resolve(FILE) + ": cannot read: " + e.getMessage(), e);
        }
        try {
            StoredReport stored = parse(lines);
            return stored.key().equals(key(manifest.get(), dsg)) ? Optional.of(stored) : Optional.empty();
        } catch (RuntimeException e) {   // a damaged file is no report: the store is validated again
            return Optional.empty();
        }
    }

    private String text() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("key\t").append(key).append('\n').append("validated\t").append(validated).append('\n');
        shapes.find().forEachRemaining(t -> sb.append("shape\t").append(node(t.getSubject())).append('\t')
                .append(node(t.getPredicate())).append('\t').append(node(t.getObject())).append('\n'));
        for (ReportEntry e : report.getEntries()) {
            sb.append("result\t").append(node(e.severity().level())).append('\t').append(node(e.focusNode()))
              .append('\t').append(e.resultPath() == null ? "-" : e.resultPath().toString())
              .append('\t').append(node(e.value())).append('\t').append(node(e.source()))
              .append('\t').append(node(e.sourceConstraintComponent()));
            e.messages().forEach(m -> sb.append('\t').append(node(m)));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static StoredReport parse(List<String> lines) {
        Map<String, String> head = new HashMap<>();
        Graph names = GraphFactory.createDefaultGraph();
        ValidationReport.Builder report = ValidationReport.create();
        for (String line : lines.subList(lines.get(0).equals(HEADER) ? 1 : lines.size(), lines.size())) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "key", "validated" -> head.put(f[0], f[1]);
                case "shape" -> names.add(Triple.create(node(f[1]), node(f[2]), node(f[3])));
                case "result" -> report.addReportEntry(entry(f));
                default -> throw new IllegalArgumentException("unknown line: " + f[0]);
            }
        }
        if (!head.containsKey("key") || !head.containsKey("validated"))
            throw new IllegalArgumentException("no key or time");
        return new StoredReport(head.get("key"), Instant.parse(head.get("validated")), report.build(), names);
    }

    private static ReportEntry entry(String[] f) {
        ReportEntry e = ReportEntry.create().severity(node(f[1])).focusNode(node(f[2]))
                .value(node(f[4])).source(node(f[5])).sourceConstraintComponent(node(f[6]));
        if (!f[3].equals("-"))
            e.resultPath(PathParser.parse(f[3], PrefixMapping.Standard));
        for (int i = 7; i < f.length; i++)
            e.message(node(f[i]));
        return e;
    }

    /** A node as one field: N-Triples, a blank node by its own label, "-" for none. */
    private static String node(Node n) {
        if (n == null)
            return "-";
        return n.isBlank() ? "_:" + URLEncoder.encode(n.getBlankNodeLabel(), StandardCharsets.UTF_8) : NodeFmtLib.strNT(n);
    }

    private static Node node(String field) {
        if (field.equals("-"))
            return null;
        if (field.startsWith("_:"))
            return NodeFactory.createBlankNode(URLDecoder.decode(field.substring(2), StandardCharsets.UTF_8));
        return NodeFactoryExtra.parseNode(field);
    }

    /**
     * The content a report is of: the manifest (cydip, format, every file's hash), the record of the
     * last curated change ({@code version} graph) and the number of curated triples, as SHA-256 hex.
     */
    static String key(StoreManifest manifest, DatasetGraph dsg) {
        List<String> parts = new ArrayList<>();
        parts.add("format=" + manifest.format());
        parts.add("cydip=" + manifest.version());
        new TreeMap<>(manifest.hashes()).forEach((f, h) -> parts.add(f + "=" + h));
        Txn.executeRead(dsg, () -> {
            List<String> head = new ArrayList<>();
            dsg.find(Cydip.graph("version"), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> head.add(
                    node(q.getSubject()) + " " + node(q.getPredicate()) + " " + node(q.getObject())));
            head.sort(null);
            parts.addAll(head);
            parts.add("curated=" + Iter.count(dsg.find(Cydip.graph("curated"), Node.ANY, Node.ANY, Node.ANY)));
        });
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
