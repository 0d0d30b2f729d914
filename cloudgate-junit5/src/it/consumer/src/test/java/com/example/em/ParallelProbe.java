package com.example.em;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Shows that the classes ran at the same time, each on a server of its own: every class's first test
 * records its port and waits until the other classes got there too (run one after another, the first
 * class would wait for ever, so the wait fails after a while), then all ports differ. The wait is
 * long: on a loaded machine starting three servers can take a minute, and a pass never waits for it.
 */
final class ParallelProbe {
    private static final int CLASSES = 3;
    private static final Map<Class<?>, Integer> PORTS = new ConcurrentHashMap<>();
    private static final CyclicBarrier ALL_THERE = new CyclicBarrier(CLASSES);

    private ParallelProbe() {
    }

    private static final long WAIT_SECONDS = 180;

    static void record(Class<?> testClass, int port) {
        PORTS.put(testClass, port);
        try {
            ALL_THERE.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Names who arrived: a class that failed before its first test got here is not a sign of serial runs.
            throw new AssertionError("the test classes did not all reach their first test within " + WAIT_SECONDS
                    + " s of each other (arrived: " + PORTS.keySet().stream().map(Class::getSimpleName).sorted().toList()
                    + "); they did not run in parallel, or one failed before its first test", e);
        }
        assertEquals(CLASSES, PORTS.values().stream().distinct().count(), PORTS.toString());
    }
}
