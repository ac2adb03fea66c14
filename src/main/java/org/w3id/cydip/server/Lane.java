package org.w3id.cydip.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One kind of work with its own budget of concurrent requests (raw SPARQL, the
 * canned-query API, linked-data pages), so that a flood of one kind never starves
 * the others. A request waits at most {@code wait} for a place, then is refused.
 */
final class Lane {
    private final String name;
    private final int places;
    private final Semaphore running;
    private final Duration wait;

    Lane(String name, int places, Duration wait) {
        this.name = name;
        this.places = places;
        this.running = new Semaphore(places, true);
        this.wait = wait;
    }

    /** Takes a place, waiting at most the lane's wait; false if none came free. */
    boolean enter() throws InterruptedException {
        return running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    void leave() {
        running.release();
    }

    String busy() {
        return "the server is busy: " + places + " " + name + " requests are running (--max-concurrent); retry shortly";
    }
}
