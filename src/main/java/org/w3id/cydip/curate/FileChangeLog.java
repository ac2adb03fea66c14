package org.w3id.cydip.curate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log as files {@code DIR/<time>-<id>.rdfp}, one RDF Patch per
 * accepted entry, each forced to disk before the entry's transaction commits.
 * A crash between the two leaves a patch whose triples never reached the store;
 * {@link #reconcile} sets such patches aside at the next start, so the log holds
 * exactly the acknowledged entries.
 */
final class FileChangeLog implements ChangeLog {
    private static final Logger LOG = LoggerFactory.getLogger(FileChangeLog.class);
    static final String SUFFIX = ".rdfp";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;

    FileChangeLog(Path dir) {
        this.dir = dir;
    }

    @Override
    public void append(Change change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFPatchOps.write(bytes, change.toPatch());
        Path file = dir.resolve(STAMP.format(change.time()) + "-" + change.id() + SUFFIX);
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(bytes.toByteArray()));
                ch.force(true);
            }
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            }
        } catch (IOException e) {
            throw new CurateException(file + ": cannot write the change log: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (Path f : files())
            out.add(read(f));
        return out;
    }

    /**
     * Sets aside (renames to {@code .aborted}) every patch whose triples are not all
     * in the curated graph of {@code dsg}: its transaction never committed.
     * Returns how many were set aside.
     */
    @Override
    public int reconcile(DatasetGraph dsg) {
        int n = 0;
        for (Path f : files()) {
            boolean applied;
            try {
                Change c = read(f);
                applied = Txn.calculateRead(dsg, () -> c.added().find()
                        .filterDrop(t -> dsg.contains(Change.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()))
                        .toList().isEmpty());
            } catch (RuntimeException e) {
                applied = false;
            }
            if (!applied) {
                setAside(f);
                n++;
            }
        }
        if (n > 0)
            LOG.warn("{} uncommitted change(s) set aside in {}", n, dir);
        return n;
    }

    private void setAside(Path f) {
        try {
            Files.move(f, f.resolveSibling(f.getFileName() + ".aborted"));
            LOG.warn("{}: set aside, its entry was never committed (the server stopped mid-request)", f);
        } catch (IOException e) {
            throw new CurateException(f + ": cannot set aside an uncommitted change: " + e.getMessage(), e);
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new CurateException(dir + ": cannot list the change log: " + e.getMessage(), e);
        }
    }

    private static Change read(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return Change.fromPatch(RDFPatchOps.read(in));
        } catch (IOException e) {
            throw new CurateException(f + ": cannot read the change log: " + e.getMessage(), e);
        }
    }
}
