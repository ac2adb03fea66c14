package org.w3id.cydip.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.DataVersion;

class RenderCacheTest {
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    private final AtomicInteger renders = new AtomicInteger();

    private byte[] render() {
        return ("page " + renders.incrementAndGet()).getBytes();
    }

    @Test
    void a_page_is_rendered_once_per_data_version() {
        RenderCache cache = new RenderCache(dsg, 1 << 20);
        byte[] first = cache.get("/id/state/RUS|en", this::render);
        assertSame(first, cache.get("/id/state/RUS|en", this::render));
        assertEquals(1, renders.get());
        DataVersion.bump(dsg);
        assertArrayEquals("page 2".getBytes(), cache.get("/id/state/RUS|en", this::render));
    }

    @Test
    void each_key_has_its_own_body() {
        RenderCache cache = new RenderCache(dsg, 1 << 20);
        cache.get("a", this::render);
        assertArrayEquals("page 2".getBytes(), cache.get("b", this::render));
        assertArrayEquals("page 1".getBytes(), cache.get("a", this::render));
    }

    @Test
    void over_its_budget_it_starts_again_and_a_body_too_large_is_never_kept() {
        RenderCache cache = new RenderCache(dsg, 40);
        cache.get("a", this::render);
        cache.get("b", this::render);
        cache.get("c", this::render);
        cache.get("d", this::render);     // 4 x 6 bytes: over 40 with the next
        cache.get("e", this::render);
        cache.get("f", this::render);
        cache.get("g", this::render);
        assertArrayEquals("page 8".getBytes(), cache.get("a", this::render), "emptied when over its budget");
        RenderCache tiny = new RenderCache(dsg, 8);
        tiny.get("x", this::render);
        tiny.get("x", this::render);
        assertEquals(10, renders.get(), "a body over a quarter of the budget is rendered every time");
    }
}
