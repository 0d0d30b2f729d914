package dev.cloudgate.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A routing table: one line per endpoint, reading like SPEC §5 for {@code /api} and like
 * docs/control-api.md for {@code /_cloudgate}. Both APIs use this class, its matcher (literal
 * segments case-insensitive, SPEC §1.1) and {@link #lookup}; the order of checks around it is each
 * handler's ({@link ApiHandler}: authentication before the path's 404).
 */
public final class Routes {
    private final List<Route> routes = new ArrayList<>();
    /** Routes by their number of segments, in table order; made on the first lookup, remade after an add. */
    private volatile Map<Integer, List<Route>> byLength;
    /**
     * Recent lookups by method and path: a polling client asks for the same few paths again and again, and a
     * lookup otherwise compares the path with every route of its length. Bounded: paths up to {@link #RECENT_PATH_MAX}
     * characters, emptied when it fills up.
     */
    private final Map<String, Lookup> recent = new ConcurrentHashMap<>();
    private static final int RECENT_MAX = 1024;
    private static final int RECENT_PATH_MAX = 256;

    public Routes add(String method, String template, Access access, Endpoint endpoint) {
        routes.add(new Route(method, template, access, endpoint));
        byLength = null;
        recent.clear();
        return this;
    }

    private List<Route> ofLength(int length) {
        Map<Integer, List<Route>> index = byLength;
        if (index == null) {
            index = new HashMap<>();
            for (Route route : routes) {
                index.computeIfAbsent(route.parts().length, n -> new ArrayList<>()).add(route);
            }
            byLength = index;
        }
        return index.getOrDefault(length, List.of());
    }

    List<Route> all() {
        return routes;
    }

    /**
     * What the table holds for {@code method} on {@code path}: the first route that fits both (null if
     * none), its path parameters, and the methods of every route on the path (empty: the path is unknown).
     */
    public Lookup lookup(String method, String path) {
        if (path.length() > RECENT_PATH_MAX) {
            return find(method, path);
        }
        String key = method + ' ' + path;
        Lookup known = recent.get(key);
        if (known != null) {
            return known;
        }
        Lookup found = find(method, path);
        if (recent.size() >= RECENT_MAX) {
            recent.clear();
        }
        recent.put(key, found);
        return found;
    }

    private Lookup find(String method, String path) {
        String[] segments = Route.parts(path);
        Set<String> allowed = new LinkedHashSet<>();
        Route route = null;
        Map<String, String> params = Map.of();
        for (Route candidate : ofLength(segments.length)) {
            Map<String, String> found = candidate.match(segments);
            if (found != null) {
                allowed.add(candidate.method());
                if (route == null && candidate.method().equals(method)) {
                    route = candidate;
                    params = found;
                }
            }
        }
        // Shared by the requests that find it in {@code recent}: nothing in it may change.
        return new Lookup(route, Map.copyOf(params), java.util.Collections.unmodifiableSet(allowed), segments);
    }

    /** The result of {@link #lookup}. */
    public record Lookup(Route route, Map<String, String> params, Set<String> allowed, String[] segments) {
        public boolean pathKnown() {
            return !allowed.isEmpty();
        }

        /** 405 with the methods the path takes in {@code Allow}. */
        public ApiException methodNotAllowed(String method, String shownPath) {
            return new ApiException(405, "Method " + method + " is not allowed on " + shownPath + ".", String.join(", ", allowed));
        }

        /** The route that fits, its parameters given to the call; 404 for an unknown path, 405 for another method. */
        public Route resolve(Call call, String shownPath, String what) {
            if (!pathKnown()) {
                throw dev.cloudgate.failure.Failure.notFound("The " + what + " " + shownPath + " was not found.");
            }
            if (route == null) {
                throw methodNotAllowed(call.method(), shownPath);
            }
            call.pathParams(params);
            return route;
        }

        /** {@link #resolve}, then the route's endpoint answers. */
        public Reply answer(Call call, String shownPath, String what) {
            return resolve(call, shownPath, what).endpoint().handle(call);
        }
    }
}
