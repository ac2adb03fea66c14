package org.w3id.cydip.publish;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.load.DataVersion;

/**
 * Rendered bodies (pages, descriptions, JSON) kept by key, data version
 * ({@link DataVersion}) and day, so that a page is rendered once per version and
 * not once per request. A new version or a new day empties the cache, and so
 * does going over its byte budget: memory stays bounded.
 */
public final class RenderCache {
    private final DatasetGraph dataset;
    private final long maxBytes;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile String generation = "";

    /** A cache for bodies rendered from {@code dataset}, holding at most {@code maxBytes} (0: none kept). */
    public RenderCache(DatasetGraph dataset, long maxBytes) {
        this.dataset = dataset;
        this.maxBytes = maxBytes;
    }

    /** The body for {@code key}, rendered by {@code render} if this version has none yet. */
    public byte[] get(String key, Supplier<byte[]> render) {
        String now = DataVersion.current(dataset) + "/" + LocalDate.now();
        if (!now.equals(generation))
            clear(now, false);
        byte[] hit = bodies.get(key);
        if (hit != null)
            return hit;
        byte[] body = render.get();
        if (body.length > maxBytes / 4)
            return body;
        if (bytes.get() + body.length > maxBytes)
            clear(now, true);
        if (bodies.putIfAbsent(key, body) == null)
            bytes.addAndGet(body.length);
        return body;
    }

    /** Empties the cache for generation {@code now}; {@code full}: because it is over budget. */
    private synchronized void clear(String now, boolean full) {
        if (!full && now.equals(generation))
            return;
        bodies.clear();
        bytes.set(0);
        generation = now;
    }
}
