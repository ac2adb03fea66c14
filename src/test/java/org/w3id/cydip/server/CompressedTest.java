package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class CompressedTest extends ServedFixtureTest {
    @Test
    void a_page_goes_gzipped_to_a_client_that_takes_gzip_and_plain_to_one_that_does_not() throws IOException {
        HttpResponse<byte[]> plain = fx.getBytes("/id/state/FRA", "Accept", "text/html");
        HttpResponse<byte[]> gz = fx.getBytes("/id/state/FRA", "Accept", "text/html", "Accept-Encoding", "gzip, deflate");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gz.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertTrue(gz.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    }

    @Test
    void gzip_refused_with_q_zero_is_not_sent() {
        assertFalse(Compressed.acceptsGzip("gzip;q=0, identity"));
        assertFalse(Compressed.acceptsGzip("identity"));
        assertTrue(Compressed.acceptsGzip("br, gzip;q=0.5"));
        assertTrue(Compressed.acceptsGzip("*"));
    }
}
