package com.example.em;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Shows that the classes ran at the same time, each on a server of its own: every class's first test
 * records its port and waits until the other classes got there too (it would time out if they ran
 * one after another), then all ports differ.
 */
final class ParallelProbe {
    private static final int CLASSES = 3;
    private static final Map<Class<?>, Integer> PORTS = new ConcurrentHashMap<>();
    private static final CyclicBarrier ALL_THERE = new CyclicBarrier(CLASSES);

    private ParallelProbe() {
    }

    static void record(Class<?> testClass, int port) {
        PORTS.put(testClass, port);
        try {
            ALL_THERE.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the test classes did not run in parallel", e);
        }
        assertEquals(CLASSES, PORTS.values().stream().distinct().count(), PORTS.toString());
    }
}
