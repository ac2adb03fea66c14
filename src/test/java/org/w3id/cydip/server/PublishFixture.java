package org.w3id.cydip.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.testing.FixtureProject;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * A project made of the real ontology and shapes plus the small linked-data
 * fixture ({@code src/test/resources/fixtures/publish/data}), served on a free
 * loopback port. Close it to stop the server and delete the copy.
 */
final class PublishFixture implements AutoCloseable {
    final Path dir;
    final ProjectFiles project;
    final ValidatedDataset data;
    final FusekiServer server;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PublishFixture(List<String> federate) throws IOException {
        dir = FixtureProject.create(Files.createTempDirectory("cydip-publish"));
        project = ProjectFiles.directory(dir);
        data = ValidatedDataset.open(project, null);
        if (!data.conforms())
            throw new IllegalStateException("the publish fixture does not conform to the shapes");
        ServerOptions options = new ServerOptions("127.0.0.1", 0, ServerOptions.DEFAULT_TIMEOUT, federate);
        server = CydipServer.build(data.dataset(), options, Features.all(new ServerContext(data, project, options)))
                .start();
        base = CydipServer.baseUrl(server, "127.0.0.1");
    }

    static PublishFixture start() throws IOException {
        return new PublishFixture(List.of());
    }

    static PublishFixture start(List<String> federate) throws IOException {
        return new PublishFixture(federate);
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0)
            b.headers(headers);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } finally {
            FixtureProject.delete(dir);
        }
    }
}
