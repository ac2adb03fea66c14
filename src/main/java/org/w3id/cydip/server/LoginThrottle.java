package org.w3id.cydip.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3id.cydip.curate.CurateException;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Login attempts limited per client address and per user name (Bucket4j token
 * buckets): each attempt takes a token from both before the password is checked
 * (the check is a slow hash), a success gives them back. Any name has a bucket, so
 * a known user and an unknown one are refused alike. At most {@link #TRACKED}
 * addresses and names are remembered, the least recently seen forgotten first.
 */
final class LoginThrottle {
    static final int ATTEMPTS = 10;
    static final Duration PER = Duration.ofMinutes(1);
    static final int TRACKED = 10_000;

    private final Map<String, Bucket> byAddress = lru();
    private final Map<String, Bucket> byUser = lru();

    /** Takes an attempt for {@code address} and {@code user}; a {@link CurateException.TooManyAttempts} if either has none left. */
    void attempt(String address, String user) {
        Bucket a = bucket(byAddress, address);
        Bucket u = bucket(byUser, user);
        ConsumptionProbe pa = a.tryConsumeAndReturnRemaining(1);
        if (!pa.isConsumed())
            throw tooMany(pa);
        ConsumptionProbe pu = u.tryConsumeAndReturnRemaining(1);
        if (!pu.isConsumed()) {
            a.addTokens(1);
            throw tooMany(pu);
        }
    }

    /** The attempt succeeded: its tokens go back, so that curators at work are never throttled. */
    void succeeded(String address, String user) {
        bucket(byAddress, address).addTokens(1);
        bucket(byUser, user).addTokens(1);
    }

    private static CurateException.TooManyAttempts tooMany(ConsumptionProbe p) {
        long seconds = Math.max(1, (p.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new CurateException.TooManyAttempts(seconds, ATTEMPTS, PER);
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(ATTEMPTS).refillIntervally(ATTEMPTS, PER)).build());
        }
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > TRACKED;
            }
        };
    }
}
