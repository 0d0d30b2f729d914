package dev.cloudgate.http;

/**
 * The seam through which the control API injects request faults. It is asked before anything else
 * about a request, may hold the request up (added latency), and may take over the answer.
 */
@FunctionalInterface
public interface RequestFaults {
    RequestFaults NONE = (method, path) -> null;

    /** The fault that applies to this request after any delay it added, or null. */
    Injected inject(String method, String path) throws InterruptedException;

    /** True while no fault that requests meet is in force: then {@link #inject} returns null at once for every request. */
    default boolean idle() {
        return this == NONE;
    }

    /** {@code status} 0: the request goes on as usual (the fault only added latency). */
    record Injected(String label, int status, String message) {
    }
}
