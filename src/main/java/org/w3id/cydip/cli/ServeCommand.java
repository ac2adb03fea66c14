package org.w3id.cydip.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.server.CydipServer;
import org.w3id.cydip.server.NonConformingDataException;
import org.w3id.cydip.server.ServerOptions;
import org.w3id.cydip.validate.ReportRenderer;
import org.w3id.cydip.validate.ValidatedDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load and validate the graph, then serve it over SPARQL 1.1 (read-only). Refuses to start if the data violates the shapes.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST, description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT, description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", defaultValue = "" + ServerOptions.DEFAULT_TIMEOUT_SECONDS, paramLabel = "SECONDS",
            description = "Cut any query that runs longer than this (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--federate", split = ",", paramLabel = "URL",
            description = "SPARQL endpoints a SERVICE clause may query (comma-separated, exact URLs); "
                    + "SERVICE to any other address is refused. Default: SERVICE is off.")
    List<URI> federate = List.of();

    @Mixin
    StoreOption storage;

    @Option(names = "--curators", paramLabel = "FILE",
            description = "Curators' password file, lines user:hash (make a hash with `cydip hash-password`). Also read: $CYDIP_CURATOR_USER and $CYDIP_CURATOR_PASSWORD.")
    Path curators;

    @Option(names = "--max-entry-bytes", defaultValue = "" + CurateSettings.DEFAULT_MAX_ENTRY_BYTES, paramLabel = "BYTES",
            description = "Refuse entries larger than this with 413 (default: ${DEFAULT-VALUE}).")
    long maxEntryBytes;

    @Option(names = "--read-copy-max-quads", defaultValue = "" + ServerOptions.DEFAULT_READ_COPY_MAX_QUADS, paramLabel = "QUADS",
            description = "Serve reads from an in-memory copy of the store while it holds at most QUADS quads (default: ${DEFAULT-VALUE}; 0: always read the store).")
    long readCopyMaxQuads;

    @Option(names = "--follow", paramLabel = "URL",
            description = "Serve as a read replica of the cydip server at URL (e.g. http://primary:3030): start from its dump,"
                    + " or from --store DIR if it holds a replica already, then apply each entry it accepts. Takes no entries.")
    URI follow;

    @Mixin
    LimitOptions limits;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        var err = spec.commandLine().getErr();
        ProjectFiles files = project.project();
        // A replica keeps its own bookkeeping: its store only where asked, else in memory from the primary's dump.
        Path dir = follow != null ? storage.store : storage.dir(files);
        CydipServer server;
        try {
            server = CydipServer.create().project(files).store(dir)
                    .host(host).port(port).timeout(Duration.ofSeconds(timeoutSeconds))
                    .federate(federate.stream().map(URI::toString).toList())
                    .curators(curators).maxEntryBytes(maxEntryBytes).follow(follow).limits(limits.limits()).readCopyMaxQuads(readCopyMaxQuads)
                    .build();
        } catch (NonConformingDataException e) {
            err.println("cydip: " + where(dir) + ": " + e.data().opening());
            err.println("cydip: the data does not conform to the shapes; not starting.");
            err.print(Reports.renderer(e.data(), 20).text(e.data().report()));
            err.flush();
            return Main.NO;
        }
        ValidatedDataset data = server.data();
        if (!data.report().conforms())
            err.println("cydip: " + ReportRenderer.summary(data.report()) + "; run `cydip validate` for details.");
        if (follow != null)
            err.printf("cydip: a read replica of %s, from %s, at change %s%n", follow,
                    data.reused() ? "its store in " + dir : "the primary's dump", Objects.requireNonNullElse(ChangeHead.id(server.dataset()), "(none yet)"));
        else
            err.printf("cydip: %s: %s%n", where(dir), data.opening());
        server.start();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        var out = spec.commandLine().getOut();
        // Counting a store's quads reads all of them (25 s at 0.5M on a loaded machine): only the memory's are counted.
        String what = dir == null ? String.format("%,d triples", Store.size(server.dataset())) : "the store " + dir;
        out.printf("cydip: serving %s from %s at %s (ready in %d ms; heap up to %,d MB)%n", what, files,
                server.url(CydipServer.DATASET + "/sparql"), ms, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        server.join();
        return Main.OK;
    }

    private static String where(Path dir) {
        return dir == null ? "in memory" : "store " + dir;
    }
}
