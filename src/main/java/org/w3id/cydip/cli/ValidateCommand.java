package org.w3id.cydip.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.validate.EntryCheck;
import org.w3id.cydip.validate.ValidatedDataset;
import org.w3id.cydip.validate.ReportRenderer;
import org.w3id.cydip.validate.Validation;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Origins inEntries = new Origins();
        Graph entries = EntryCheck.read(files, inEntries);   // an unreadable entry: exit 2 before the graph is opened
        var project = this.project.project();
        ReportRenderer r;
        ValidationReport report;
        if (storage.dir(project) == null) {
            LoadedGraph base = GraphLoader.load(project);
            Shapes shapes = Validation.shapes(base.shapes());
            report = files.isEmpty() ? Validation.validate(shapes, base.union()) : EntryCheck.validate(base, shapes, entries);
            r = renderer(base, inEntries);
        } else {
            ValidatedDataset data = storage.open(project, spec.commandLine().getErr());
            // A refused graph has its report; so has one just validated whole. Else the entries (or the whole store) are validated now.
            boolean validated = data.dataset() == null || files.isEmpty() && data.opening().validatedWhole();
            report = validated ? data.report() : EntryCheck.validate(data, entries);
            r = renderer(data.loaded(), inEntries);
        }
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> r.text(report);
            case turtle -> r.turtle(report);
            case json -> r.json(report) + "\n";
        });
        out.flush();
        return Validation.hasViolations(report) ? Main.NO : Main.OK;
    }

    /** A node the entries mention is reported where the entries mention it, else where the graph has it. */
    private ReportRenderer renderer(LoadedGraph base, Origins inEntries) {
        return ReportRenderer.locating(base.shapes(), base.prefixes(), n -> {
            String where = inEntries.of(n);
            return where != null ? where : base.origins().of(n);
        }, cap);
    }
}
