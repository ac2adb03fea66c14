package org.w3id.cydip.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.query.ReadmeTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the canned queries (queries/*.rq) with their summaries and parameters.")
final class QueriesCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--markdown", description = "Print the Markdown table that README.md carries.")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        QueryCatalogue catalogue = QueryCatalogue.load(project.project());
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(ReadmeTable.markdown(catalogue));
            out.flush();
            return Main.OK;
        }
        for (CannedQuery q : catalogue.all()) {
            out.println(q.name());
            out.println("    " + q.header().summary());
            if (!q.parameters().isEmpty())
                out.println("    parameters: " + q.parameters().stream().map(QueriesCommand::describe)
                        .collect(Collectors.joining(", ")));
        }
        out.flush();
        return Main.OK;
    }

    private static String describe(Parameter p) {
        return p.name() + (p.mandatory() ? "" : "?") + (p.defaultValue() == null ? "" : "=" + p.defaultValue());
    }
}
