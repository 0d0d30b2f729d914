package dev.cloudgate.control;

/**
 * A fault to inject, as the control API receives it (docs/control-api.md). Either {@code host}
 * (the deployment on that managed server fails with {@code fail} and/or takes {@code delayMs}) or
 * {@code path} (a regex over the /api path: answer {@code status} and/or add {@code delayMs}),
 * for the next {@code times} matches or until reset.
 */
public record FaultSpec(
        String host,
        String operation,
        String path,
        String method,
        Integer status,
        String message,
        String fail,
        Long delayMs,
        Integer times) {

    static final long MAX_DELAY_MS = 600_000;

    boolean forHost() {
        return host != null;
    }

    long delay() {
        return delayMs == null ? 0 : delayMs;
    }
}
