package org.w3id.cydip.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The time each phase of a start took, said in its first line ("parsed in 0.4 s,
 * validated incrementally in 0.2 s, ..."): where a slow start spends its time is
 * then visible to its user and to the benchmark, not only to a profiler.
 */
final class Phases {
    private final List<String> done = new ArrayList<>();

    /** Runs {@code step}, recording it as {@code what} with its time. */
    <T> T time(String what, Supplier<T> step) {
        long t0 = System.nanoTime();
        T out = step.get();
        done.add(String.format("%s in %.1f s", what, (System.nanoTime() - t0) / 1e9));
        return out;
    }

    void time(String what, Runnable step) {
        time(what, () -> {
            step.run();
            return null;
        });
    }

    /** Records a phase timed elsewhere. */
    void add(String what, long nanos) {
        done.add(String.format("%s in %.1f s", what, nanos / 1e9));
    }

    @Override
    public String toString() {
        return String.join(", ", done);
    }
}
