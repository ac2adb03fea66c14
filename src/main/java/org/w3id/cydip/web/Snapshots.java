package org.w3id.cydip.web;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.load.DataVersion;

/** The {@link Snapshot} of the data's current version, rebuilt when the version changes. */
final class Snapshots {
    private final DatasetGraph dataset;
    private volatile Snapshot current;

    Snapshots(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    Snapshot get() {
        long v = DataVersion.current(dataset);
        Snapshot s = current;
        if (s != null && s.version == v)
            return s;
        synchronized (this) {
            if (current == null || current.version != v)
                current = Snapshot.of(dataset, v);
            return current;
        }
    }

    DatasetGraph dataset() {
        return dataset;
    }
}
