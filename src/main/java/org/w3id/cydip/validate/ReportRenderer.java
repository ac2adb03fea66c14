package org.w3id.cydip.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.cydip.load.Origins;

/**
 * Renders a SHACL validation report for people (grouped by shape and message,
 * with counts, capped) or machines (the standard sh:ValidationReport as Turtle, or
 * JSON).
 */
public final class ReportRenderer {
    private final Graph shapesGraph;
    private final PrefixMapping prefixes;
    private final Function<Node, String> origins;
    private final int cap;

    public ReportRenderer(Graph shapesGraph, PrefixMapping prefixes, Origins origins, int cap) {
        this(shapesGraph, prefixes, origins == null ? n -> null : origins::of, cap);
    }

    /** A renderer where {@code locate} tells where a focus node was read ({@code file:line}), or null. */
    public static ReportRenderer locating(Graph shapesGraph, PrefixMapping prefixes, Function<Node, String> locate,
            int cap) {
        return new ReportRenderer(shapesGraph, prefixes, locate, cap);
    }

    private ReportRenderer(Graph shapesGraph, PrefixMapping prefixes, Function<Node, String> origins, int cap) {
        this.shapesGraph = shapesGraph;
        this.prefixes = prefixes;
        this.origins = origins;
        this.cap = cap;
    }

    /** One line per result, grouped by severity, shape and message; at most {@code cap} per group. */
    public String text(ValidationReport report) {
        var groups = group(report);
        StringBuilder sb = new StringBuilder();
        sb.append(summary(report)).append('\n');
        groups.forEach((key, entries) -> {
            sb.append('\n').append('[').append(local(key.severity())).append("] ").append(key.shape())
              .append(" (").append(entries.size()).append("): ").append(key.message()).append('\n');
            entries.stream().limit(cap).forEach(e -> sb.append("  - ").append(line(e)).append('\n'));
            if (entries.size() > cap)
                sb.append("  ... and ").append(entries.size() - cap).append(" more\n");
        });
        return sb.toString();
    }

    /** "conforms", or the counts of violations and warnings. */
    public static String summary(ValidationReport report) {
        long violations = count(report, SHACL.Violation);
        long warnings = count(report, SHACL.Warning);
        long infos = count(report, SHACL.Info);
        String counts = violations + " violation" + (violations == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + (infos > 0 ? ", " + infos + " info" : "");
        return (violations == 0 ? "Conforms (" : "Does not conform (") + counts + ")";
    }

    /** The standard sh:ValidationReport, as Turtle. */
    public String turtle(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Graph g = report.getGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes).setNsPrefix("sh", SHACL.getURI());
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The results as JSON: {@code conforms}, counts and one object per result. */
    public String json(ValidationReport report) {
        JsonObject root = new JsonObject();
        root.put("conforms", !Validation.hasViolations(report));
        root.put("violations", count(report, SHACL.Violation));
        root.put("warnings", count(report, SHACL.Warning));
        JsonArray results = new JsonArray();
        for (ReportEntry e : report.getEntries()) {
            JsonObject r = new JsonObject();
            r.put("severity", local(e.severity().level()));
            r.put("shape", shapeName(e.source()));
            r.put("focusNode", e.focusNode().isURI() ? e.focusNode().getURI() : str(e.focusNode()));
            if (e.resultPath() != null)
                r.put("path", e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)));
            if (e.value() != null)
                r.put("value", str(e.value()));
            r.put("message", e.message());
            String where = origins.apply(e.focusNode());
            if (where != null)
                r.put("location", where);
            results.add(r);
        }
        root.put("results", results);
        return root.toString();
    }

    /**
     * The results by severity (violations first), shape and message, each group's lines by focus node: the
     * same report reads the same whichever order the validator found it in (a store and memory differ).
     */
    private Map<GroupKey, List<ReportEntry>> group(ValidationReport report) {
        Map<GroupKey, List<ReportEntry>> groups = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((GroupKey k) -> SEVERITIES.indexOf(k.severity())).thenComparing(GroupKey::shape)
                .thenComparing(GroupKey::message));
        for (ReportEntry e : report.getEntries())
            groups.computeIfAbsent(new GroupKey(e.severity().level(), shapeName(e.source()), e.message()),
                    k -> new ArrayList<>()).add(e);
        groups.values().forEach(list -> list.sort(java.util.Comparator.comparing((ReportEntry e) -> str(e.focusNode()))
                .thenComparing(e -> e.value() == null ? "" : str(e.value()))));
        return groups;
    }

    private static final List<Node> SEVERITIES = List.of(SHACL.Violation, SHACL.Warning, SHACL.Info);

    private String line(ReportEntry e) {
        StringBuilder sb = new StringBuilder(str(e.focusNode()));
        if (e.resultPath() != null)
            sb.append("  path ").append(e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)));
        if (e.value() != null && !e.value().equals(e.focusNode()))
            sb.append("  value ").append(str(e.value()));
        String where = origins.apply(e.focusNode());
        if (where != null)
            sb.append("  at ").append(where);
        return sb.toString();
    }

    /** A shape by its prefixed name (cyds:StateShape-iso3); an unnamed property shape as "ParentShape / sh:name". */
    String shapeName(Node shape) {
        if (shape.isURI())
            return str(shape);
        var parents = shapesGraph.find(Node.ANY, SHACL.property, shape).toList();
        String own = shapesGraph.find(shape, SHACL.name, Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("property");
        return parents.isEmpty() ? own : str(parents.get(0).getSubject()) + " / " + own;
    }

    private String str(Node n) {
        return FmtUtils.stringForNode(n, prefixes);
    }

    private static String local(Node iri) {
        return iri.getLocalName();
    }

    private static long count(ValidationReport report, Node level) {
        return report.getEntries().stream().filter(e -> e.severity().level().equals(level)).count();
    }

    private record GroupKey(Node severity, String shape, String message) {}
}
