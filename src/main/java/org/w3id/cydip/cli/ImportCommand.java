package org.w3id.cydip.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.w3id.cydip.ingest.ImportChanges;
import org.w3id.cydip.ingest.Importer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Regenerate the graph's Turtle files from the source tables, deterministically.",
                "Prints the files written, then per source table the facts (subjects with their statements) added, removed and changed against the files that were there.",
                "Exit 0: imported; 2: a table is missing or malformed (the message names file:line and column); nothing is written then."})
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--sources", defaultValue = "data/sources", paramLabel = "DIR",
            description = "Directory of the source tables (default: ${DEFAULT-VALUE}).")
    Path sources;

    @Option(names = "--out", defaultValue = "data", paramLabel = "DIR",
            description = "Directory the Turtle files are written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Importer.Result result = Importer.run(sources);
        Map<String, ImportChanges.Count> changes = ImportChanges.between(out, result);
        Importer.write(result, out);
        var err = spec.commandLine().getErr();
        result.gaps().forEach(g -> err.println("cydip import: " + g));
        var stdout = spec.commandLine().getOut();
        result.files().keySet().forEach(f -> stdout.println(out.resolve(f)));
        if (changes.isEmpty())
            stdout.println("no facts changed against " + out);
        changes.forEach((table, c) -> stdout.printf("%s: %d added, %d removed, %d changed%n",
                table, c.added(), c.removed(), c.changed()));
        stdout.flush();
        return Main.OK;
    }
}
