package org.w3id.cydip.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.w3id.cydip.query.BadParameterException;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.query.QueryRunner;
import org.w3id.cydip.query.QueryService;
import org.w3id.cydip.query.ResultFormat;
import org.w3id.cydip.validate.ValidatedDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query by NAME (see `cydip queries`) or a SPARQL query FILE.rq on the graph and print the results.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Mixin
    StoreOption storage;

    @Parameters(paramLabel = "NAME|FILE.rq", description = "A canned query's name, or a SPARQL 1.1 query file.")
    String target;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A canned query's parameter, e.g. --param state=RUS (repeatable).")
    List<String> params = List.of();

    @Option(names = "--format", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; CONSTRUCT/DESCRIBE print Turtle for table).")
    ResultFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean isFile = target.endsWith(".rq") || Files.isRegularFile(Path.of(target));
        Query query = isFile ? QueryRunner.read(Path.of(target)) : null;
        var files = project.project();
        QueryCatalogue catalogue = isFile ? null : QueryCatalogue.load(files);
        Map<String, String> values = parseParams();
        if (!isFile)
            catalogue.get(target).bind(values);   // bad name or value: exit 2 before loading the data
        else if (!values.isEmpty())
            throw new BadParameterException("--param applies to canned queries, not to a query file");
        var err = spec.commandLine().getErr();
        ValidatedDataset data = storage.open(files, err);
        if (!data.conforms()) {
            err.print(Reports.renderer(data, 10).text(data.report()));
            err.flush();
            return Main.NO;
        }
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        if (isFile)
            QueryRunner.run(data.dataset(), query, format, results);
        else
            results.writeBytes(new QueryService(catalogue, data.dataset(), 0).run(target, values, format));
        var out = spec.commandLine().getOut();
        out.print(results.toString(StandardCharsets.UTF_8));
        out.flush();
        return Main.OK;
    }


    private Map<String, String> parseParams() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0)
                throw new BadParameterException("--param " + p + ": expected NAME=VALUE");
            m.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return m;
    }
}
