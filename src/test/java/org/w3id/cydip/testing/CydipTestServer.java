package org.w3id.cydip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.Curators;
import org.w3id.cydip.curate.PasswordHash;
import org.w3id.cydip.load.DataVersion;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.server.CydipServer;
import org.w3id.cydip.server.Limits;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * The one test harness: a {@link CydipServer} built as {@code serve} builds it,
 * on 127.0.0.1 and a free port, over a throwaway copy of a fixture project (or the
 * real graph), with an HTTP client. Close it to stop the server and delete the copy.
 *
 * <pre>
 * try (CydipTestServer s = CydipTestServer.fixture()) {
 *     assertEquals(200, s.get("/id/state/FRA", "Accept", "text/turtle").statusCode());
 * }
 * try (CydipTestServer s = CydipTestServer.create().curate().curator("alice", "pw").start()) { ... }
 * </pre>
 */
public final class CydipTestServer implements AutoCloseable {
    private final CydipServer server;
    private final ProjectFiles project;
    private final Path work;
    private final TestClient client;

    private CydipTestServer(CydipServer server, ProjectFiles project, Path work) {
        this.server = server;
        this.project = project;
        this.work = work;
        this.client = new TestClient(server.url(""));
    }

    /** Options; {@link Builder#start()} starts it. Default: the linked-data fixture, no curators. */
    public static Builder create() {
        return new Builder();
    }

    /** A server on the linked-data fixture ({@link FixtureProject#PUBLISH}). */
    public static CydipTestServer fixture() {
        return create().start();
    }

    /** A server on the real graph, loaded once per JVM and shared (see {@link Builder#real()}). */
    public static CydipTestServer real() {
        return create().real().start();
    }

    /** {@code http://127.0.0.1:PORT} + {@code path}. */
    public String url(String path) {
        return client.url(path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return client.get(path, headers);
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return client.getBytes(path, headers);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return client.post(path, contentType, body, headers);
    }

    /** Any request (a PUT, a TRACE...) on a new connection; build it with {@link #request}. */
    public HttpResponse<String> sendFresh(HttpRequest request) {
        return client.sendFresh(request);
    }

    public HttpRequest.Builder request(String path, String... headers) {
        return client.request(path, headers);
    }

    public CydipServer server() {
        return server;
    }

    public DatasetGraph dataset() {
        return server.dataset();
    }

    public ValidatedDataset data() {
        return server.data();
    }

    public ProjectFiles project() {
        return project;
    }

    /** The data's version (see {@link DataVersion}): 0 until an entry is accepted. */
    public long dataVersion() {
        return DataVersion.current(dataset());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            TestProject.delete(work);
        }
    }

    /** What to serve and how; every option maps to one of {@link CydipServer.Builder}'s. */
    public static final class Builder {
        private final Path work;
        private final CydipServer.Builder server = CydipServer.create().host("127.0.0.1").port(0);
        private ProjectFiles project;

        private Builder() {
            try {
                work = Files.createTempDirectory("cydip-test-server");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The real graph, loaded once per JVM ({@link TestProject#real()}) and shared by
         * every server so made: fast, but do not change it or its context (no entries,
         * {@link #timeout} or {@link #federate}). For a dataset of its own,
         * {@code project(TestProject.files())}.
         */
        public Builder real() {
            project = TestProject.files();
            return data(TestProject.real());
        }

        /** A copy of the project with the data under {@code data} (one of {@link FixtureProject}'s). */
        public Builder fixture(Path data) {
            project = FixtureProject.create(work.resolve("project"), data);
            return this;
        }

        /** The small graph that the curator entries are written against ({@link FixtureProject#CURATE}). */
        public Builder curate() {
            return fixture(FixtureProject.CURATE);
        }

        /** Any project, used in place. */
        public Builder project(ProjectFiles p) {
            project = p;
            return this;
        }

        /** Serves data already opened (with the project's queries) instead of loading it. */
        public Builder data(ValidatedDataset opened) {
            server.data(opened);
            return this;
        }

        /** Serves {@code dataset} as it is, with no shapes (the query machinery's mini graph). */
        public Builder unvalidated(DatasetGraph dataset) {
            Shapes none = Shapes.parse(GraphFactory.createDefaultGraph());
            return data(new ValidatedDataset(dataset, null, none, ShaclValidator.get().validate(none, dataset.getUnionGraph())));
        }

        public Builder store(Path dir) {
            server.store(dir);
            return this;
        }

        /** One curator, in a password file (a cheap hash: tests need not be slow); the environment is not read. */
        public Builder curator(String user, String password) {
            Path file = work.resolve("curators.txt");
            try {
                Files.writeString(file, user + ":" + PasswordHash.hash(password.toCharArray(), 1000) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.curators(Curators.load(file, Map.of()));
            return this;
        }

        public Builder curators(Path file) {
            server.curators(file);
            return this;
        }

        public Builder federate(String... endpoints) {
            server.federate(List.of(endpoints));
            return this;
        }

        public Builder timeout(Duration t) {
            server.timeout(t);
            return this;
        }

        public Builder limits(Limits l) {
            server.limits(l);
            return this;
        }

        public Builder maxEntryBytes(long bytes) {
            server.maxEntryBytes(bytes);
            return this;
        }

        /** A read replica of the server at {@code primary} (with the fixture's shapes and queries). */
        public Builder follow(String primary) {
            server.follow(java.net.URI.create(primary));
            return this;
        }

        public Builder module(FusekiModule m) {
            server.module(m);
            return this;
        }

        /** Builds and starts it; on any failure nothing is left running or on disk. */
        public CydipTestServer start() {
            if (project == null)
                fixture(FixtureProject.PUBLISH);
            CydipServer built;
            try {
                built = server.project(project).build();
            } catch (RuntimeException e) {
                TestProject.delete(work);
                throw e;
            }
            try {
                return new CydipTestServer(built.start(), project, work);
            } catch (RuntimeException e) {
                built.stop();
                TestProject.delete(work);
                throw e;
            }
        }
    }
}
