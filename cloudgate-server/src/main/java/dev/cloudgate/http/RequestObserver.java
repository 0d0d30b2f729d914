package dev.cloudgate.http;

/** Told of every answered API request: for metrics and the request journal. */
@FunctionalInterface
public interface RequestObserver {
    RequestObserver NONE = (method, path, route, status, nanos, user) -> { };

    /** {@code route} is the matched template (e.g. {@code /cloud/gateways/{id}}), or null when none matched. */
    void observe(String method, String path, String route, int status, long nanos, String user);
}
