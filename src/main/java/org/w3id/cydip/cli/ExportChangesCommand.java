package org.w3id.cydip.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.cydip.curate.ChangeExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-changes", mixinStandardHelpOptions = true,
        description = {"Write the entries accepted by a server with --store DIR as Turtle files, one per entry, for review.",
                "The files (curated.<time>-<id>.ttl) are ready to be committed into data/curated/, where they load into the curated graph."})
final class ExportChangesCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The server's TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the Turtle files (default: the current directory).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = ChangeExport.fromStore(store, out);
        var o = spec.commandLine().getOut();
        files.forEach(o::println);
        spec.commandLine().getErr().printf("cydip: %d accepted entr%s written to %s%n", files.size(),
                files.size() == 1 ? "y" : "ies", out);
        o.flush();
        return Main.OK;
    }
}
