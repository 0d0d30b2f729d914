package dev.cloudgate.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The routing table: one line per endpoint, reading like SPEC §5. Features add their lines
 * through {@link #add}; the order of checks lives in {@link ApiHandler}.
 */
public final class Routes {
    private final List<Route> routes = new ArrayList<>();

    public Routes add(String method, String template, Access access, Endpoint endpoint) {
        routes.add(new Route(method, template, access, endpoint));
        return this;
    }

    List<Route> all() {
        return routes;
    }
}
