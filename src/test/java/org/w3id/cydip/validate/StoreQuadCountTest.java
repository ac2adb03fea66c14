package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.ReadCopy;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.load.StoreManifest;

/** The store's manifest counts its quads, so that a start tells a store too large to copy without reading it. */
class StoreQuadCountTest extends ProjectStore {
    private DatasetGraph served() {
        return ValidatedStore.open(project, store).dataset();
    }

    /** The dataset a server reads, with its first copy made as a server makes it before it listens. */
    private static ReadCopy madeBeforeListening(DatasetGraph dsg, long maxQuads) {
        ReadCopy reads = (ReadCopy) ReadCopy.deferred(dsg, maxQuads);
        ReadCopy.make(reads);
        return reads;
    }

    @Test
    void a_built_store_s_manifest_counts_every_quad_it_holds() {
        DatasetGraph dsg = served();
        long quads = Store.size(dsg);
        assertTrue(quads > 500, "the test project's graph and its derived triples: " + quads);
        assertEquals(quads, StoreManifest.read(store).orElseThrow().quads());
        assertEquals(quads, dsg.getContext().getLong(StoreManifest.QUADS, StoreManifest.UNKNOWN));
    }

    @Test
    void a_store_past_the_bound_starts_without_reading_it_for_a_copy() {
        long quads = Store.size(served());
        // The manifest says the store is past the bound; the store itself is not: only a read would find that out.
        StoreManifest.read(store).orElseThrow().withQuads(quads * 10).write(store);
        ReadCopy reads = madeBeforeListening(served(), quads * 2);
        assertFalse(reads.copyIsCurrent() || reads.copying(), "no copy, and none being made");
        assertEquals(quads, Store.size(reads), "reads go to the store");
        assertFalse(reads.copyIsCurrent(), "a read does not start one either");
    }

    @Test
    void a_store_within_the_bound_gets_its_copy_before_listening() {
        long quads = Store.size(served());
        assertTrue(madeBeforeListening(served(), quads + 1).copyIsCurrent());
    }

    @Test
    void an_older_manifest_without_a_count_is_read_and_the_copy_made_as_before() throws IOException {
        long quads = Store.size(served());
        StoreManifest was = StoreManifest.read(store).orElseThrow();
        new StoreManifest(was.format(), was.version(), was.hashes()).write(store);
        Path file = store.resolve("cydip-store.properties");
        assertFalse(Files.readString(file).contains("quads="), "written as an older cydip wrote it");
        assertEquals(StoreManifest.UNKNOWN, StoreManifest.read(store).orElseThrow().quads());
        DatasetGraph dsg = served();
        assertEquals(Opening.How.REUSED, ValidatedStore.open(project, store).opening().how(), "not rebuilt for lack of a count");
        assertTrue(madeBeforeListening(dsg, quads + 1).copyIsCurrent());
        Files.writeString(file, Files.readString(file) + "quads=not a number\n");
        assertEquals(StoreManifest.UNKNOWN, StoreManifest.read(store).orElseThrow().quads(), "never misread");
    }
}
