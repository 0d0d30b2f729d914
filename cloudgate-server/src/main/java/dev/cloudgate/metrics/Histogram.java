package dev.cloudgate.metrics;

import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram of durations: cumulative buckets in seconds, a sum and a count. Lock-free
 * ({@link LongAdder} per bucket), so recording costs a few nanoseconds on the request path.
 */
final class Histogram {
    /** Upper bounds in seconds; from half a millisecond (a cached GET) to ten seconds (a slow task). */
    static final double[] BOUNDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final long[] BOUNDS_NANOS = new long[BOUNDS.length];

    static {
        for (int i = 0; i < BOUNDS.length; i++) {
            BOUNDS_NANOS[i] = Math.round(BOUNDS[i] * 1e9);
        }
    }

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(long nanos) {
        count.increment();
        sumNanos.add(nanos);
        for (int i = 0; i < BOUNDS_NANOS.length; i++) {
            if (nanos <= BOUNDS_NANOS[i]) {
                buckets[i].increment();
                return;
            }
        }
    }

    /** The values to print: per-bucket counts made cumulative, as the text format requires. */
    Snapshot snapshot() {
        long[] cumulative = new long[buckets.length];
        long running = 0;
        for (int i = 0; i < buckets.length; i++) {
            running += buckets[i].sum();
            cumulative[i] = running;
        }
        long total = Math.max(count.sum(), running);
        return new Snapshot(cumulative, total, sumNanos.sum() / 1e9);
    }

    record Snapshot(long[] cumulative, long count, double sumSeconds) {
    }
}
