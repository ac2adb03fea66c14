package org.w3id.cydip.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.main.Destination;
import org.apache.jena.tdb2.loader.main.Indexer;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A new store's secondary quad indexes built by sorting, as TDB2's xloader builds them, in place
 * of the phased loader's index phase (which inserts every quad into each index's B+tree): the
 * primary index's records are read once, each column's node ids replaced by their rank in that
 * column (so that the order of ranks is the order of the ids, unsigned, as TDB2 compares them),
 * each index's column order packed into one long and sorted, and the index's B+tree written
 * bottom up ({@link BPlusTreeRewriter}, in a transaction of its own, as xloader does). The
 * records written are the primary's, bytes for bytes, in the other column orders.
 *
 * <p>Only for indexes that have never held a record (a store just made, {@link #pristine}). When the
 * ranks of one quad do not fit in 63 bits or the columns in a third of the heap, the quads are
 * inserted into each index as by the phased loader. Afterwards the store is closed
 * ({@code TDBInternal.expel}): the B+trees' state is read again at the next connection.
 */
final class SortedIndexes {
    private static final int QUAD = 4;
    private static final int ID_BYTES = 8;
    private static final int BLOCK = 100_000;

    private SortedIndexes() {}

    /** Have {@code indexes} of {@code tdb} never held a record (so that they can be written bottom up)? */
    static boolean pristine(DatasetGraph tdb, List<String> indexes) {
        return Txn.calculateRead(tdb, () -> indexes.stream().map(i -> tree(tdb, i)).allMatch(t -> t.isEmpty()
                && t.getRootId() == 0 && t.getStateManager().getNodeBlocksLimit() <= 1 && t.getStateManager().getRecordsBlocksLimit() <= 1));
    }

    /**
     * Writes {@code secondaries} of {@code tdb} from its primary quad index {@code primary} (the only one
     * loaded), then closes the store; true if by sorting, false if the quads did not fit as said above
     * (one quad's ranks in {@code maxBits}, at most 63) and
     * were inserted into each index as the phased loader's index phase does ({@link Indexer}).
     */
    static boolean build(DatasetGraph tdb, String primary, List<String> secondaries, int maxBits) {
        Columns cols = Txn.calculateRead(tdb, () -> Columns.read(tree(tdb, primary)));
        boolean sorted = cols != null && cols.bits() <= maxBits;
        if (sorted && cols.n > 0)
            for (String index : secondaries)
                write(tdb, index, cols.sorted(primary, index));
        else if (!sorted)
            for (List<String> round : BulkLoad.rounds(secondaries))   // as the phased loader, two or three at a time
                insert(tdb, primary, round);
        TDBInternal.expel(tdb);
        return sorted;
    }

    /** The phased loader's index phase: the primary's tuples read in a transaction of their own, given to {@link Indexer}. */
    private static void insert(DatasetGraph tdb, String primary, List<String> secondaries) {
        Indexer indexer = new Indexer((fmt, args) -> {}, secondaries.stream().map(i -> TDBInternal.findIndex(tdb, i)).toArray(TupleIndex[]::new));
        TransactionCoordinator reading = CoLib.newCoordinator();
        TupleIndex source = TDBInternal.findIndex(tdb, primary);
        CoLib.add(reading, source);
        CoLib.start(reading);
        indexer.startBulk();
        Destination<Tuple<NodeId>> dest = indexer.index();
        Transaction txn = reading.begin(TxnType.READ);
        try {
            List<Tuple<NodeId>> block = new ArrayList<>();
            for (Iterator<Tuple<NodeId>> it = source.all(); it.hasNext();) {
                block.add(it.next());
                if (block.size() == BLOCK) {
                    dest.deliver(block);
                    block = new ArrayList<>();
                }
            }
            if (!block.isEmpty())
                dest.deliver(block);
            dest.deliver(List.of());   // the end, as the phased loader says it
        } finally {
            txn.end();
        }
        indexer.finishBulk();
        CoLib.finish(reading);
    }

    private static void write(DatasetGraph tdb, String index, Iterator<Record> records) {
        TupleIndexRecord target = (TupleIndexRecord) TDBInternal.findIndex(tdb, index);
        BPlusTree bpt = (BPlusTree) target.getRangeIndex();
        CoLib.executeWrite(target, () -> BPlusTreeRewriter.packIntoBPlusTree(records, bpt.getParams(), bpt.getRecordFactory(),
                bpt.getStateManager().getBufferChannel(), bpt.getNodeManager().getBlockMgr(), bpt.getRecordsMgr().getBlockMgr()));
    }

    private static BPlusTree tree(DatasetGraph tdb, String index) {
        return (BPlusTree) ((TupleIndexRecord) TDBInternal.findIndex(tdb, index)).getRangeIndex();
    }

    /** The primary index's quads as ranks, column by column, and each column's ids in order. */
    private static final class Columns {
        private final int n;
        private final long[][] ranks;
        private final long[][] ids;
        private final int[] bits = new int[QUAD];
        private final RecordFactory records;

        private Columns(int n, long[][] ranks, RecordFactory records) {
            this.n = n;
            this.ranks = ranks;
            this.records = records;
            this.ids = new long[QUAD][];
            for (int c = 0; c < QUAD; c++) {
                ids[c] = distinctUnsigned(ranks[c]);
                bits[c] = Math.max(1, 64 - Long.numberOfLeadingZeros(ids[c].length - 1L));
                for (int i = 0; i < n; i++)
                    ranks[c][i] = Arrays.binarySearch(ids[c], ranks[c][i] ^ Long.MIN_VALUE);
            }
        }

        /** Null when the quads would not fit in memory beside what the heap holds. */
        static Columns read(BPlusTree primary) {
            long size = primary.size();
            Runtime rt = Runtime.getRuntime();
            if (size > Integer.MAX_VALUE - 8 || size * (QUAD + 2) * Long.BYTES > rt.maxMemory() / 3)
                return null;
            int n = (int) size;
            long[][] cols = new long[QUAD][n];
            Iterator<Record> it = primary.iterator();
            for (int i = 0; i < n; i++) {
                byte[] key = it.next().getKey();
                for (int c = 0; c < QUAD; c++)
                    cols[c][i] = Bytes.getLong(key, c * ID_BYTES);
            }
            return new Columns(n, cols, primary.getRecordFactory());
        }

        int bits() {
            return Arrays.stream(bits).sum();
        }

        /** The quads as records of {@code index}'s column order, in that order. */
        Iterator<Record> sorted(String primary, String index) {
            int[] from = new int[QUAD];
            int[] shift = new int[QUAD];
            for (int k = QUAD - 1, s = 0; k >= 0; s += bits[from[k]], k--) {
                from[k] = primary.indexOf(index.charAt(k));
                shift[k] = s;
            }
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                long key = 0;
                for (int k = 0; k < QUAD; k++)
                    key |= ranks[from[k]][i] << shift[k];
                keys[i] = key;
            }
            Arrays.sort(keys);
            return new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Record next() {
                    if (i >= n)
                        throw new NoSuchElementException();
                    long key = keys[i++];
                    byte[] bytes = new byte[QUAD * ID_BYTES];
                    for (int k = 0; k < QUAD; k++) {
                        int c = from[k];
                        long rank = (key >>> shift[k]) & ((1L << bits[c]) - 1);
                        Bytes.setLong(ids[c][(int) rank] ^ Long.MIN_VALUE, bytes, k * ID_BYTES);
                    }
                    return records.create(bytes);
                }
            };
        }

        /** The distinct values of {@code col}, sign bit flipped (so that signed order is unsigned order), sorted. */
        private static long[] distinctUnsigned(long[] col) {
            long[] a = new long[col.length];
            for (int i = 0; i < a.length; i++)
                a[i] = col[i] ^ Long.MIN_VALUE;
            Arrays.sort(a);
            int m = 0;
            for (int i = 0; i < a.length; i++)
                if (m == 0 || a[i] != a[m - 1])
                    a[m++] = a[i];
            return Arrays.copyOf(a, Math.max(m, 1));
        }
    }
}
