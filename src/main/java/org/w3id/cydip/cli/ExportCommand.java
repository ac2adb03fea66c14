package org.w3id.cydip.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;

import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.publish.Dumps;
import org.w3id.cydip.validate.ValidatedDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole validated graph: Turtle (the union graph) or quads keeping the named graphs by kind.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--format", defaultValue = "turtle", completionCandidates = RdfSyntaxes.class, converter = RdfSyntaxes.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Representation format;

    @Option(names = "--gzip", description = "Compress the output with gzip (e.g. --format nquads --gzip -o cydip.nq.gz).")
    boolean gzip;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout (written whole or not at all).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidatedDataset data = ValidatedDataset.open(project.project(), null);
        if (!data.conforms()) {
            var err = spec.commandLine().getErr();
            err.print(Reports.renderer(data, 10).text(data.report()));
            err.flush();
            return Main.NO;
        }
        if (output == null) {
            Dumps.write(data.dataset(), format, gzip, System.out);
            System.out.flush();
        } else {
            Dumps.writeFile(data.dataset(), format, gzip, output);
        }
        return Main.OK;
    }

    /** The RDF syntaxes a dump can be written in, by name: every representation but the HTML page. */
    static final class RdfSyntaxes implements Iterable<String>, ITypeConverter<Representation> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Representation.values()).filter(Representation::isRdf).map(Enum::name).iterator();
        }

        @Override
        public Representation convert(String name) {
            for (Representation r : Representation.values())
                if (r.isRdf() && r.name().equals(name))
                    return r;
            throw new TypeConversionException("not one of " + String.join(", ", this) + ": " + name);
        }
    }
}
