package org.w3id.cydip.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.query.QueryRunner;
import org.w3id.cydip.query.ResultFormat;
import org.w3id.cydip.validate.ValidatedDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file on the graph and print the results.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Parameters(paramLabel = "FILE.rq", description = "A SPARQL 1.1 query file.")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; CONSTRUCT/DESCRIBE print Turtle for table).")
    ResultFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new LoadException(file + ": cannot read: " + e.getMessage(), e);
        }
        Query query = QueryRunner.parse(text, file.toString());
        ValidatedDataset data = ValidatedDataset.open(project.project(), null);
        if (!data.conforms()) {
            var err = spec.commandLine().getErr();
            err.print(Reports.renderer(data, 10).text(data.report()));
            err.flush();
            return Main.NO;
        }
        QueryRunner.run(data.dataset(), query, format, System.out);
        System.out.flush();
        return Main.OK;
    }
}
