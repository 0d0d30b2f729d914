package dev.cloudgate.control;

/**
 * Waits that injected faults make (slow deployments, added latency). A reset ends every wait at
 * once, so that one test's ten-second fault cannot hold up the next test.
 */
final class Pause {
    private long generation;

    synchronized void sleep(long millis) throws InterruptedException {
        long started = generation;
        long deadline = System.nanoTime() + millis * 1_000_000;
        long left = millis;
        while (left > 0 && generation == started) {
            wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000;
        }
    }

    synchronized void cancelAll() {
        generation++;
        notifyAll();
    }
}
