package dev.cloudgate.http;

/** Told of every answered API request: for metrics and the request journal. */
@FunctionalInterface
public interface RequestObserver {
    RequestObserver NONE = (method, path, route, status, nanos, user) -> { };

    /** {@code route} is the matched template (e.g. {@code /cloud/gateways/{id}}), or null when none matched. */
    void observe(String method, String path, String route, int status, long nanos, String user);

    /** The same, with the label of the injected fault that shaped the answer (null when none did). */
    default void observe(String method, String path, String route, int status, long nanos, String user, String fault) {
        observe(method, path, route, status, nanos, user);
    }

    /** Tells each of {@code observers}, in order. */
    static RequestObserver all(RequestObserver... observers) {
        return new RequestObserver() {
            @Override
            public void observe(String method, String path, String route, int status, long nanos, String user) {
                observe(method, path, route, status, nanos, user, null);
            }

            @Override
            public void observe(String method, String path, String route, int status, long nanos, String user, String fault) {
                for (RequestObserver observer : observers) {
                    observer.observe(method, path, route, status, nanos, user, fault);
                }
            }
        };
    }
}
