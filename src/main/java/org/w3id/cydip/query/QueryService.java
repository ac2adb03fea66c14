package org.w3id.cydip.query;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cydip.load.DataVersion;

/**
 * Runs canned queries on one dataset and keeps their serialised results, keyed by
 * query, bound parameters, format, data version ({@link DataVersion}) and day
 * (queries may default to today). A change of version empties the cache.
 */
public final class QueryService {
    private final QueryCatalogue catalogue;
    private final DatasetGraph dataset;
    private final int capacity;
    private final Map<Key, byte[]> cache = new ConcurrentHashMap<>();
    private volatile long cachedVersion = -1;

    private record Key(String query, String binding, ResultFormat format, long version, LocalDate day) {}

    /** A service caching up to {@code capacity} results (0: no cache). */
    public QueryService(QueryCatalogue catalogue, DatasetGraph dataset, int capacity) {
        this.catalogue = catalogue;
        this.dataset = dataset;
        this.capacity = capacity;
    }

    /** The results of query {@code name} with {@code params}, in {@code format}. */
    public byte[] run(String name, Map<String, String> params, ResultFormat format) {
        CannedQuery q = catalogue.get(name);
        Binding binding = q.bind(params);
        Referents.check(dataset, q, params, binding);
        long version = DataVersion.current(dataset);
        if (capacity <= 0)
            return execute(q, binding, format);
        if (version != cachedVersion) {
            cache.clear();
            cachedVersion = version;
        }
        Key key = new Key(name, canonical(binding), format, version, LocalDate.now());
        byte[] hit = cache.get(key);
        if (hit != null)
            return hit;
        byte[] body = execute(q, binding, format);
        if (cache.size() >= capacity)
            cache.clear();
        cache.put(key, body);
        return body;
    }

    private byte[] execute(CannedQuery q, Binding binding, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(dataset, q.query(), binding, format, out);
        return out.toByteArray();
    }

    private static String canonical(Binding b) {
        Map<String, String> m = new TreeMap<>();
        b.forEach((v, n) -> m.put(v.getVarName(), n.toString()));
        return m.toString();
    }
}
