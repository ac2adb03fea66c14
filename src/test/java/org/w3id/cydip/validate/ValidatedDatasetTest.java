package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;

class ValidatedDatasetTest {
    @TempDir
    Path dir;

    @Test
    void second_start_reuses_the_store_without_reading_data() throws IOException {
        ProjectFiles project = TestProject.create(dir.resolve("project"));
        Path store = dir.resolve("store");
        ValidatedDataset first = ValidatedDataset.open(project, store);
        assertFalse(first.reused());
        long size = Store.size(first.dataset());
        // A broken data file would stop a re-load; a reused store never reads it.
        Files.writeString(project.root().resolve("data/broken.ttl"), "this is not turtle");

        ValidatedDataset second = ValidatedDataset.open(project, store);
        assertTrue(second.reused());
        assertTrue(second.conforms());
        assertEquals(size, Store.size(second.dataset()));
    }
}
