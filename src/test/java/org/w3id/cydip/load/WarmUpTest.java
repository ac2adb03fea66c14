package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The warm-up runs the engine on a made-up graph while the first copy is made. */
class WarmUpTest {
    @Test
    void every_warm_up_query_answers_rows_from_a_copy_graph() {
        DatasetGraph dsg = WarmUp.dataset(new Context());
        assertTrue(PatternOrder.of(dsg.getDefaultGraph()) != null, "the made-up graph is ordered as a copy's");
        for (String text : WarmUp.QUERIES)
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(WarmUp.PREFIXES + text)).build()) {
                RowSet rows = exec.select();
                int n = 0;
                for (; rows.hasNext(); rows.next())
                    n++;
                assertTrue(n > 0, "no rows: " + text);
            }
    }

    @Test
    void the_warm_up_stops_when_told() {
        AtomicInteger asked = new AtomicInteger();
        int ran = WarmUp.run(new Context(), () -> asked.incrementAndGet() > 2);
        assertEquals(2 * WarmUp.QUERIES.size(), ran);
    }
}
