package org.w3id.cydip.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The record of accepted entries. {@link #append} returns only once the change
 * is durable; it is called before the entry's transaction commits.
 */
public interface ChangeLog {
    void append(Change change);

    /** All changes, oldest first. */
    List<Change> changes();

    /**
     * Crash recovery, run once before the log is used: sets aside every change whose
     * triples never reached {@code dsg} (the server stopped between logging an entry
     * and committing it), so the log holds exactly the committed entries. Returns how
     * many were set aside. A log that dies with the process has nothing to recover.
     */
    default int reconcile(DatasetGraph dsg) {
        return 0;
    }

    /** A log in {@code dir}, one RDF Patch file per change. */
    static ChangeLog directory(Path dir) {
        return new FileChangeLog(dir);
    }

    /** A log that lives as long as the process (for a server without a store). */
    static ChangeLog inMemory() {
        List<Change> list = Collections.synchronizedList(new ArrayList<>());
        return new ChangeLog() {
            @Override
            public void append(Change change) {
                list.add(change);
            }

            @Override
            public List<Change> changes() {
                return List.copyOf(list);
            }
        };
    }
}
