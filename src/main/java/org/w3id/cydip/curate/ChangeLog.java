package org.w3id.cydip.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The record of accepted entries. {@link #append} returns only once the change
 * is durable; it is called before the entry's transaction commits.
 */
public interface ChangeLog {
    void append(Change change);

    /** All changes, oldest first. */
    List<Change> changes();

    /** A log in {@code dir}, one RDF Patch file per change. */
    static FileChangeLog directory(Path dir) {
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
