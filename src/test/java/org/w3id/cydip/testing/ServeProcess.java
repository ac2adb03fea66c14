package org.w3id.cydip.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cydip serve} in a JVM of its own, for what an in-process server cannot
 * show: a server killed mid-request. Port 0; {@link #client()} talks to it once it
 * listens; {@link #close()} kills it.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("at (http://[^ ]+)/cydip/sparql");

    private final Process process;
    private final TestClient client;

    private ServeProcess(Process process, String base) {
        this.process = process;
        this.client = new TestClient(base);
    }

    /**
     * Starts {@code cydip serve --port 0} with {@code args}, its stderr into
     * {@code stderr}; returns once it listens (at most three minutes: a new JVM that builds a store on 2 cores shared with other builds can take more than one).
     */
    public static ServeProcess start(Path stderr, String... args) {
        return start(Duration.ofMinutes(3), stderr, args);
    }

    /** As {@link #start(Path, String...)}, waiting at most {@code patience} (benchmarks on the real graph). */
    public static ServeProcess start(Duration patience, Path stderr, String... args) {
        return start(List.of(), patience, stderr, args);
    }

    /** As {@link #start(Path, String...)}, the JVM started with {@code jvmOptions} (a system property, a heap). */
    public static ServeProcess start(List<String> jvmOptions, Duration patience, Path stderr, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", cp, "org.w3id.cydip.cli.Main", "serve", "--port", "0"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new ServeProcess(p, listening(p).get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("cydip serve did not start; see " + stderr, e);
        }
    }

    private static CompletableFuture<String> listening(Process p) {
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    Matcher m = URL.matcher(line);
                    if (m.find())
                        return m.group(1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("the server stopped before listening");
        });
    }

    /** The server's process id (its memory, for a benchmark). */
    public long pid() {
        return process.pid();
    }

    /** Is the server still running? */
    public boolean alive() {
        return process.isAlive();
    }

    public TestClient client() {
        return client;
    }

    /** Kills the JVM at once (no shutdown hooks, as in a crash) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS))
                throw new IllegalStateException("the server did not die");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kill();
    }
}
