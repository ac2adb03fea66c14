package org.w3id.cydip.load;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphZero;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small store whose read transactions are served from an in-memory copy: the
 * named graphs and their union as a real default graph, each a {@link CopyGraph} (Jena's fastest in-memory graph,
 * its patterns ordered by the union's counts).
 * That is the layout plain Fuseki queries when it serves a file, without the cost
 * of a union computed per pattern; on cydip's graph it is what makes every query at
 * least as fast as plain Fuseki's (bench/side-by-side.sh).
 * <p>
 * Writes, and reads while no current copy exists, go to the store itself. Every
 * write transaction committed through this dataset makes the copy stale; a stale
 * copy is never read: the next read goes to the store and starts a new copy in the
 * background. A store of more than {@code maxQuads} quads gets no copy (its memory
 * then stays independent of its size). Every write to the store must go through
 * this dataset once it is made.
 */
public final class ReadCopy extends DatasetGraphWrapper {
    private static final Logger LOG = LoggerFactory.getLogger(ReadCopy.class);

    static {
        CopyStages.install();
    }

    private record Copy(long commits, DatasetGraph dataset) {}

    private final DatasetGraph store;
    private final long maxQuads;
    private final ThreadLocal<DatasetGraph> inTxn = new ThreadLocal<>();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicBoolean copying = new AtomicBoolean();
    private volatile Copy copy;
    private volatile boolean tooLarge;
    private volatile boolean started;

    private ReadCopy(DatasetGraph store, long maxQuads) {
        super(store);
        this.store = store;
        this.maxQuads = maxQuads;
    }

    /** {@code store} with reads from a copy when it holds at most {@code maxQuads} quads; {@code store} itself for 0. */
    public static DatasetGraph over(DatasetGraph store, long maxQuads) {
        DatasetGraph d = deferred(store, maxQuads);
        start(d);
        return d;
    }

    /**
     * As {@link #over}, but no copy is made until {@link #start}: until then every read
     * goes to the store. A server starts it once it listens, so that making the copy
     * does not share the CPU with its start.
     */
    public static DatasetGraph deferred(DatasetGraph store, long maxQuads) {
        return maxQuads <= 0 ? store : new ReadCopy(store, maxQuads);
    }

    /**
     * Makes the first copy of {@code dsg} now, in the caller's thread, if it is a deferred
     * read copy; else does nothing. A server does this before it listens, so that its
     * first answers come from the copy, not from the store while a copy is being made.
     * Meanwhile, when turned on, the engine warms up on a made-up graph in another thread ({@link WarmUp}).
     * A store whose manifest counts more quads than the bound ({@link StoreManifest#QUADS})
     * gets no copy, and is not read to find that out.
     */
    public static void make(DatasetGraph dsg) {
        if (dsg instanceof ReadCopy r && !r.started && r.store.getContext().getLong(StoreManifest.QUADS, StoreManifest.UNKNOWN) > r.maxQuads) {
            r.started = r.tooLarge = true;
            LOG.info("reads go to the store: its manifest counts {} quads, more than the {} kept in memory",
                    r.store.getContext().getLong(StoreManifest.QUADS, 0), r.maxQuads);
            return;
        }
        if (dsg instanceof ReadCopy r && !r.started && r.copying.compareAndSet(false, true)) {
            r.started = true;
            if (WarmUp.wanted())
                WarmUp.during(r.store.getContext(), r::copyNow);   // its first queries then find the engine compiled
            else
                r.copyNow();
        }
    }

    /** Starts making the copy of {@code dsg} if it is a deferred read copy; else does nothing. */
    public static void start(DatasetGraph dsg) {
        if (dsg instanceof ReadCopy r && !r.started) {
            r.started = true;
            r.refresh();
        }
    }

    /** Is a current copy being read (tests, status)? */
    public boolean copyIsCurrent() {
        Copy c = copy;
        return c != null && c.commits() == commits.get();
    }

    /** Is a copy being made right now (tests: a store is not closed under it)? */
    public boolean copying() {
        return copying.get();
    }

    @Override
    protected DatasetGraph get() {
        DatasetGraph d = inTxn.get();
        return d != null ? d : store;
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin(TxnType type) {
        DatasetGraph target = type == TxnType.READ ? readable() : store;
        target.begin(type);
        inTxn.set(target);
    }

    @Override
    public void commit() {
        DatasetGraph d = get();
        boolean wrote = d == store && store.transactionMode() == ReadWrite.WRITE;
        d.commit();
        if (wrote)
            commits.incrementAndGet();
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            inTxn.remove();
        }
    }

    @Override
    public boolean isInTransaction() {
        DatasetGraph d = inTxn.get();
        return d != null && d.isInTransaction();
    }

    /** The current copy, or the store while there is none (and then a copy is started). */
    private DatasetGraph readable() {
        Copy c = copy;
        if (c != null && c.commits() == commits.get())
            return c.dataset();
        refresh();
        return store;
    }

    private void refresh() {
        if (!started || tooLarge || !copying.compareAndSet(false, true))
            return;
        Thread.ofPlatform().daemon().name("cydip-read-copy").start(this::copyNow);
    }

    /** Makes a copy of the store as it is now (the caller has set {@code copying}). */
    private void copyNow() {
        try {
            long at = commits.get();
            DatasetGraph made = Txn.calculateRead(store, this::copyOfStore);
            if (made == null) {
                tooLarge = true;
                LOG.info("reads go to the store: it holds more than {} quads, the most kept in memory", maxQuads);
            } else
                copy = new Copy(at, made);
        } catch (RuntimeException e) {
            LOG.warn("reads go to the store: no in-memory copy ({})", e.toString());
        } finally {
            copying.set(false);
        }
    }

    /**
     * The store's named graphs and their union, in memory, seen with the store's context,
     * their patterns ordered by the union's counts ({@link PatternOrder}); null past {@code maxQuads}.
     */
    private DatasetGraph copyOfStore() {
        CopyGraph union = new CopyGraph();
        Map<Node, CopyGraph> named = new HashMap<>();
        long n = 0;
        for (var quads = store.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); quads.hasNext(); ) {
            Quad q = quads.next();
            if (++n > maxQuads)
                return null;
            named.computeIfAbsent(q.getGraph(), g -> new CopyGraph()).add(q.asTriple());
            union.add(q.asTriple());
        }
        TripleCounts counts = TripleCounts.of(union);
        union.seal(counts);
        named.values().forEach(g -> g.seal(counts));
        DatasetGraph made = DatasetGraphFactory.create(union);
        named.forEach(made::addGraph);
        made.prefixes().putAll(store.prefixes());
        // A store's graphs write with the store's prefixes (a graph read by GSP too): so do the copy's.
        var prefixes = org.apache.jena.riot.system.Prefixes.adapt(store.prefixes());
        union.getPrefixMapping().setNsPrefixes(prefixes);
        named.values().forEach(g -> g.getPrefixMapping().setNsPrefixes(prefixes));
        CopyExecutor.install(store.getContext());
        return new Held(made, store.getContext());
    }

    /**
     * A copy as the store is seen: a quad pattern with any graph finds the named graphs'
     * quads, not the union's too, and a graph that is not there is empty (Jena's map
     * dataset would add it, which a read transaction refuses).
     */
    private static final class Held extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        Held(DatasetGraph copy, Context context) {
            super(copy, context);
        }

        @Override
        public Graph getGraph(Node g) {
            return Quad.isDefaultGraph(g) || containsGraph(g) ? super.getGraph(g) : GraphZero.instance();
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if (g == null || g.equals(Node.ANY))
                return findNG(Node.ANY, s, p, o);
            return Quad.isDefaultGraph(g) || containsGraph(g) ? super.find(g, s, p, o) : Iter.nullIterator();
        }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            return g == null || g.equals(Node.ANY) || containsGraph(g) ? super.findNG(g, s, p, o) : Iter.nullIterator();
        }

        @Override
        public Iterator<Quad> find(Quad q) {
            return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public Iterator<Quad> find() {
            return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return find(g, s, p, o).hasNext();
        }

        @Override
        public boolean contains(Quad q) {
            return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }
    }
}
