package org.w3id.cydip.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.Curators;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.ReadCopy;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.replicate.ReplicaData;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * The embedded Fuseki server, built in Fuseki's idiom and used alike by
 * {@code serve}, the tests and the benchmarks:
 *
 * <pre>
 * try (CydipServer server = CydipServer.create().project(files).port(0).build().start()) {
 *     server.url("/cydip/sparql");
 * }
 * </pre>
 *
 * Dataset {@code /cydip}, read-only: SPARQL query at {@code /cydip/sparql} (and
 * {@code /cydip/query}, {@code /cydip}), Graph Store Protocol read at
 * {@code /cydip/get} and {@code /cydip/data}; the features of {@link Features} on
 * top. No update or upload operation is registered, so an update gets a 4xx and
 * changes nothing.
 */
public final class CydipServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/cydip";

    private final FusekiServer fuseki;
    private final ServerContext context;

    private CydipServer(FusekiServer fuseki, ServerContext context) {
        this.fuseki = fuseki;
        this.context = context;
    }

    /** A builder: set what differs from the defaults, then {@link Builder#build()}. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts listening; returns at once (see {@link #join()}). */
    public CydipServer start() {
        ReadCopy.make(context.data().dataset());   // before listening, alone: the first answers come from the copy
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port it listens on (the one chosen when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The URL a client uses for {@code path}, e.g. {@code http://127.0.0.1:3030/cydip/sparql}. */
    public String url(String path) {
        String host = context.options().host();
        String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + path;
    }

    /** The dataset served. */
    public DatasetGraph dataset() {
        return context.data().dataset();
    }

    /** The validated data served, with its report. */
    public ValidatedDataset data() {
        return context.data();
    }

    /** The underlying Fuseki server (its Jetty connectors, for instance). */
    public FusekiServer fuseki() {
        return fuseki;
    }

    /**
     * How to build a server. {@link #build()} reads all the configuration first (the
     * canned queries, the curators, the federation allow-list), so that a bad
     * {@code .rq} or curators file fails at once, and only then opens and validates
     * the data.
     */
    public static final class Builder {
        private ProjectFiles project;
        private Path store;
        private ValidatedDataset data;
        private String host = ServerOptions.DEFAULT_HOST;
        private int port = ServerOptions.DEFAULT_PORT;
        private Duration timeout = ServerOptions.DEFAULT_TIMEOUT;
        private List<String> federate = List.of();
        private Path curatorsFile;
        private Curators curators;
        private long maxEntryBytes = CurateSettings.DEFAULT_MAX_ENTRY_BYTES;
        private URI follow;
        private Limits limits = Limits.defaults();
        private long readCopyMaxQuads = ServerOptions.DEFAULT_READ_COPY_MAX_QUADS;
        private final List<FusekiModule> modules = new ArrayList<>();

        private Builder() {}

        /** The ontology, shapes, data and queries to serve (default: {@link ProjectFiles#locate()}). */
        public Builder project(ProjectFiles p) {
            project = p;
            return this;
        }

        /** Keep the dataset in a TDB2 store in {@code dir} (default: none, in memory). */
        public Builder store(Path dir) {
            store = dir;
            return this;
        }

        /** Serve data already opened and validated instead of opening the project's (tests, benchmarks). */
        public Builder data(ValidatedDataset opened) {
            data = opened;
            return this;
        }

        /** The address to bind (default 127.0.0.1). */
        public Builder host(String h) {
            host = h;
            return this;
        }

        /** The TCP port (default 3030; 0 picks a free one). */
        public Builder port(int p) {
            port = p;
            return this;
        }

        /** Any query running longer than this is cut (default 30 s). */
        public Builder timeout(Duration t) {
            timeout = t;
            return this;
        }

        /** The SPARQL endpoints a SERVICE clause may reach, exact http(s) URLs (default: none). */
        public Builder federate(List<String> endpoints) {
            federate = List.copyOf(endpoints);
            return this;
        }

        /** The curators' password file; {@code CYDIP_CURATOR_USER}/{@code _PASSWORD} are read too. */
        public Builder curators(Path file) {
            curatorsFile = file;
            curators = null;
            return this;
        }

        /** The curators themselves (then the environment is not read). */
        public Builder curators(Curators c) {
            curators = c;
            curatorsFile = null;
            return this;
        }

        /** Entries larger than this are refused with 413 (default 5 MiB). */
        public Builder maxEntryBytes(long bytes) {
            maxEntryBytes = bytes;
            return this;
        }

        /**
         * Serve as a read replica of the cydip server at {@code primary} (its base URL):
         * start from its dump (or the store, if it holds a replica already), then apply
         * each change it accepts. A replica takes no entries (default: none, not a replica).
         */
        public Builder follow(URI primary) {
            follow = primary;
            return this;
        }

        /** What one request may cost (default {@link Limits#defaults()}). */
        public Builder limits(Limits l) {
            limits = l;
            return this;
        }

        /** Serve reads from an in-memory copy while the store holds at most {@code quads} quads (0: never; see {@link ReadCopy}). */
        public Builder readCopyMaxQuads(long quads) {
            readCopyMaxQuads = quads;
            return this;
        }

        /** A feature module beyond those of {@link Features} (tests). */
        public Builder module(FusekiModule module) {
            modules.add(module);
            return this;
        }

        /**
         * Reads the configuration, then opens and validates the data, then builds (does
         * not start) the server. A bad setting, query or curators file is a
         * {@link org.w3id.cydip.CydipException} of its phase, thrown before the data is
         * read; data that violates the shapes is a {@link NonConformingDataException}
         * carrying the report.
         */
        public CydipServer build() {
            ProjectFiles files = project != null ? project : ProjectFiles.locate();
            ServerOptions options = new ServerOptions(host, port, timeout, ServiceAllowList.endpoints(federate), limits);
            QueryCatalogue queries = QueryCatalogue.load(files);
            ReplicationModule.checkFollow(follow, curatorsFile != null || curators != null && !curators.isEmpty());
            Curators who = follow != null ? Curators.none() : curators != null ? curators : Curators.load(curatorsFile, System.getenv());
            CurateSettings curate = new CurateSettings(maxEntryBytes, follow == null ? store : null);
            ValidatedDataset served = data != null ? data
                    : follow != null ? ReplicaData.open(files, store, follow) : ValidatedDataset.open(files, store);
            if (!served.conforms())
                throw new NonConformingDataException(served);
            served = served.through(ReadCopy.deferred(served.dataset(), readCopyMaxQuads));
            ServerContext ctx = new ServerContext(served, files, options, curate, queries, who, follow);
            List<FusekiModule> all = new ArrayList<>(Features.all(ctx));
            all.addAll(modules);
            return new CydipServer(fuseki(ctx.data().dataset(), options, all), ctx);
        }

        private static FusekiServer fuseki(DatasetGraph dataset, ServerOptions options, List<FusekiModule> features) {
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            options.limits().bounds().install(dataset.getContext());
            DataService service = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.GSP_R, "data")
                    .addEndpoint(Operation.GSP_R)
                    .build();
            FusekiServer server = FusekiServer.create()
                    .port(options.port())
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new CheckedQueryProcessor())
                    .add(DATASET, service)
                    .enablePing(true)
                    .addFilter("/*", new NoTraceFilter())
                    .fusekiModules(FusekiModules.create(features))
                    .build();
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(options.host());
            return server;
        }
    }
}
