package org.w3id.cydip.replicate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.StoreRelayout;
import org.w3id.cydip.testing.FixtureProject;

/** What a replica opens as its own store, before it asks its primary for anything. */
class ReplicaStoreTest {
    @TempDir
    Path dir;

    @Test
    void a_directory_whose_rebuild_as_a_primary_s_store_stopped_is_refused_naming_the_kept_file() throws IOException {
        ProjectFiles project = FixtureProject.create(dir.resolve("project"), FixtureProject.CURATE);
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.writeString(store.resolve(StoreRelayout.KEPT), "");
        // No primary listens there: the refusal comes before the replica asks it for its dump.
        ReplicateException e = assertThrows(ReplicateException.class,
                () -> ReplicaData.open(project, store, URI.create("http://127.0.0.1:9")));
        assertTrue(e.getMessage().contains(StoreRelayout.KEPT) && e.getMessage().contains(store.toString()), e.getMessage());
        assertTrue(Files.exists(store.resolve(StoreRelayout.KEPT)), "nothing is touched");
    }
}
