package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.testing.TestClient;

/**
 * Login attempts on {@code /api/entries} are limited (issue #11, item 9): each
 * costs a slow password hash, so past {@link LoginThrottle#ATTEMPTS} a minute they
 * get 429 with Retry-After, and a known user is refused exactly as an unknown one.
 */
class LoginThrottleTest {
    @Test
    void failed_logins_past_the_limit_get_429_with_retry_after() {
        try (CydipTestServer s = CydipTestServer.create().curate().curator("alice", "s3cret").start()) {
            for (int i = 0; i < LoginThrottle.ATTEMPTS; i++)
                assertEquals(401, login(s, "alice", "wrong").statusCode());
            var r = login(s, "alice", "wrong");
            assertEquals(429, r.statusCode(), r.body());
            assertTrue(Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow()) >= 1);
            assertEquals(429, login(s, "alice", "s3cret").statusCode(), "the right password waits too");
        }
    }

    @Test
    void a_known_user_and_an_unknown_one_are_refused_alike() {
        try (CydipTestServer s = CydipTestServer.create().curate().curator("alice", "s3cret").start()) {
            var known = login(s, "alice", "wrong");
            var unknown = login(s, "mallory", "wrong");
            assertEquals(known.statusCode(), unknown.statusCode());
            assertEquals(error(known), error(unknown));
            for (int i = 2; i < LoginThrottle.ATTEMPTS; i += 2) {
                login(s, "alice", "wrong");
                login(s, "mallory", "wrong");
            }
            assertEquals(429, login(s, "alice", "wrong").statusCode());
            assertEquals(429, login(s, "mallory", "wrong").statusCode());
        }
    }

    @Test
    void a_curator_at_work_is_never_throttled() {
        try (CydipTestServer s = CydipTestServer.create().curate().curator("alice", "s3cret").start()) {
            for (int i = 0; i < 3 * LoginThrottle.ATTEMPTS; i++)
                assertEquals(415, login(s, "alice", "s3cret").statusCode(), "authenticated, then refused for its media type");
        }
    }

    private static HttpResponse<String> login(CydipTestServer s, String user, String password) {
        return s.sendFresh(s.request(CurateModule.ENTRIES, TestClient.basicAuth(user, password))
                .header("Content-Type", "application/x-unknown").POST(HttpRequest.BodyPublishers.ofString("x")).build());
    }

    private static String error(HttpResponse<String> r) {
        return r.body().replaceAll("\"requestId\"\\s*:\\s*\"[^\"]*\"", "");
    }
}
