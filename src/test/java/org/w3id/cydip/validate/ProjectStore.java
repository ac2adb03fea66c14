package org.w3id.cydip.validate;

import java.nio.file.Path;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;

/** The fixture of a store test: the test project and a store directory beside it, closed after each test. */
abstract class ProjectStore {
    @TempDir
    Path dir;
    ProjectFiles project;
    Path store;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir.resolve("project"));
        store = dir.resolve("store");
    }

    @AfterEach
    void tearDown() {
        TDBInternal.expel(Store.tdb(store));
    }
}
