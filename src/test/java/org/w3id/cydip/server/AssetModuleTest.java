package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class AssetModuleTest extends ServedFixtureTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AssetModuleTest.class.getResourceAsStream("/web/assets/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The content-hashed chunk cydip.js loads (views-HASH.js). */
    private static String viewsChunk() throws IOException {
        Matcher m = Pattern.compile("/assets/(views-[A-Z2-7]{8}\\.js)").matcher(new String(resource("cydip.js"), StandardCharsets.UTF_8));
        assertTrue(m.find(), "cydip.js names its views chunk");
        return m.group(1);
    }

    @Test
    void an_asset_is_served_with_its_media_type_and_a_revalidated_entity_tag() throws IOException {
        HttpResponse<byte[]> r = fx.getBytes("/assets/cydip.js");
        assertEquals(200, r.statusCode());
        assertEquals("text/javascript; charset=utf-8", r.headers().firstValue("Content-Type").orElse(null));
        assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(r.headers().firstValue("ETag").orElse("").matches("\"[A-Za-z0-9_-]{22}\""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertArrayEquals(resource("cydip.js"), r.body());
    }

    @Test
    void each_kind_of_asset_has_its_media_type() {
        assertEquals("text/css; charset=utf-8", fx.getBytes("/assets/cydip.css").headers().firstValue("Content-Type").orElse(null));
        assertEquals("text/markdown; charset=utf-8", fx.getBytes("/assets/THIRD-PARTY.md").headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void a_content_hashed_chunk_is_cached_for_a_year() throws IOException {
        HttpResponse<byte[]> r = fx.getBytes("/assets/" + viewsChunk());
        assertEquals(200, r.statusCode());
        assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void a_client_that_takes_gzip_gets_the_same_bytes_gzipped_under_another_tag() throws IOException {
        HttpResponse<byte[]> plain = fx.getBytes("/assets/cydip.css");
        HttpResponse<byte[]> gz = fx.getBytes("/assets/cydip.css", "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gz.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertTrue(gz.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertTrue(!gz.headers().firstValue("ETag").equals(plain.headers().firstValue("ETag")));
        assertTrue(fx.getBytes("/assets/cydip.css", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void a_client_holding_the_current_tag_gets_304_and_no_body() {
        String etag = fx.getBytes("/assets/cydip.js").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> r = fx.getBytes("/assets/cydip.js", "If-None-Match", etag);
        assertEquals(304, r.statusCode());
        assertEquals(0, r.body().length);
        assertEquals(200, fx.getBytes("/assets/cydip.js", "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    void unknown_files_folders_and_paths_out_of_the_folder_are_404() {
        for (String path : List.of("/assets/nope.js", "/assets/", "/assets/web/assets/cydip.js", "/assets/.hidden.js",
                "/assets/cydip", "/assets/logback.xml", "/assets/..%2Flogback.xml"))
            assertTrue(List.of(400, 404).contains(fx.getBytes(path).statusCode()), path);
        assertEquals(404, fx.getBytes("/assets/nope.js").statusCode());
    }

    @Test
    void only_get_and_head_are_answered() {
        HttpResponse<String> head = fx.sendFresh(fx.request("/assets/cydip.js").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        HttpResponse<String> post = fx.post("/assets/cydip.js", "text/plain", "x");
        assertEquals(405, post.statusCode());
    }

    @Test
    void third_party_notices_name_the_bundled_libraries_with_their_licence_texts() throws IOException {
        String notices = new String(resource("THIRD-PARTY.md"), StandardCharsets.UTF_8);
        for (String lib : List.of("@zazuko/yasgui", "echarts", "world-atlas", "tabulator-tables", "swagger-ui-dist"))
            assertTrue(notices.contains("## " + lib + " "), lib);
        assertTrue(!notices.contains("no licence file in the package"), "every bundled library's licence text is copied in");
    }
}
