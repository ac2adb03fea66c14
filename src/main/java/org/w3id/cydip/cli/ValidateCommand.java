package org.w3id.cydip.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.StoreManifest;
import org.w3id.cydip.query.OntologyChecks;
import org.w3id.cydip.validate.EntryCheck;
import org.w3id.cydip.validate.StoredReport;
import org.w3id.cydip.validate.ValidatedDataset;
import org.w3id.cydip.validate.ReportRenderer;
import org.w3id.cydip.validate.Validation;
import org.w3id.cydip.vocab.Cydip;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate entry files (any RDF syntax, by extension) together with the graph, or the graph itself when no file is given.",
                "Exit 0: conforms; 1: violations (report on stdout); 2: unreadable input or usage error."})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, turtle, json }

    @Mixin
    ProjectOption project;

    @Mixin
    StoreOption storage;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Entry files: .ttl, .nt, .nq, .trig, .jsonld, .rdf.")
    List<Path> files = List.of();

    @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-per-group", defaultValue = "10", paramLabel = "N",
            description = "In the text report, show at most N results per shape and message (default: ${DEFAULT-VALUE}).")
    int cap;

    @Option(names = "--checks", description = {"Also run the ontology checks (ontology/checks/*-violation.rq: terms without a label or definition,",
            "terms used but not defined, deprecated terms in use) on the graph and the entries; any row fails (exit 1)."})
    boolean checks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Origins inEntries = new Origins();
        Graph entries = EntryCheck.read(files, inEntries);   // an unreadable entry: exit 2 before the graph is opened
        var project = this.project.project();
        ReportRenderer r;
        ValidationReport report;
        List<OntologyChecks.Failure> failed = List.of();
        // The ontology checks run on the files' graphs; the store's path has none in memory.
        if (checks || storage.dir(project) == null) {
            LoadedGraph base = GraphLoader.load(project);
            Shapes shapes = Validation.shapes(base.shapes());
            report = files.isEmpty() ? Validation.validateWhole(shapes, base.union()) : EntryCheck.validate(base, shapes, entries);
            r = renderer(base, inEntries);
            failed = checks ? runChecks(base, entries) : List.of();
        } else {
            ValidatedDataset data = storage.open(project, spec.commandLine().getErr());
            // A refused graph has its report; so has one just validated whole. Else the entries are validated now,
            // and the whole store is answered from the report kept with it (or validated now, and its report kept).
            boolean validated = data.dataset() == null || files.isEmpty() && data.opening().validatedWhole();
            StoredReport kept = validated || !files.isEmpty() ? null : keptOrValidated(data, storage.dir(project));
            report = validated ? data.report() : kept != null ? kept.report() : EntryCheck.validate(data, entries);
            r = renderer(kept != null ? kept.shapes() : data.loaded().shapes(), data.loaded(), inEntries);
        }
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> r.text(report) + (checks ? CheckReport.text(failed) : "");
            case turtle -> r.turtle(report);
            case json -> (checks ? CheckReport.json(r.json(report), failed) : r.json(report)) + "\n";
        });
        out.flush();
        return Validation.hasViolations(report) || !failed.isEmpty() ? Main.NO : Main.OK;
    }

    private List<OntologyChecks.Failure> runChecks(LoadedGraph base, Graph entries) {
        if (format == Format.turtle)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--checks has no Turtle report; use --format text or json");
        OntologyChecks all = OntologyChecks.load(project.project());
        var more = entries.isEmpty() ? Map.<Node, Graph>of() : Map.of(Cydip.graph("entries"), entries);
        return all.run(OntologyChecks.dataset(base, more), base.prefixes());
    }

    /** The report kept with the store for its content now; else the store validated whole now, and its report kept. */
    private StoredReport keptOrValidated(ValidatedDataset data, Path dir) {
        var kept = StoredReport.read(dir, data.dataset());
        if (kept.isPresent()) {
            var err = spec.commandLine().getErr();
            err.println("cydip: the report kept with the store for its content " + kept.get().key().substring(0, 12)
                    + ", validated whole at " + kept.get().validated() + "; nothing has changed since");
            err.flush();
            return kept.get();
        }
        StoredReport now = StoredReport.of(EntryCheck.validate(data, GraphFactory.createDefaultGraph()),
                data.loaded().shapes(), StoreManifest.read(dir).orElseThrow(), data.dataset());
        StoredReport.keep(dir, now);
        return now;
    }

    private ReportRenderer renderer(LoadedGraph base, Origins inEntries) {
        return renderer(base.shapes(), base, inEntries);
    }

    /** A node the entries mention is reported where the entries mention it, else where the graph has it. */
    private ReportRenderer renderer(Graph shapes, LoadedGraph base, Origins inEntries) {
        return ReportRenderer.locating(shapes, base.prefixes(), n -> {
            String where = inEntries.of(n);
            return where != null ? where : base.origins().of(n);
        }, cap);
    }
}
