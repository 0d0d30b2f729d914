package dev.cloudgate.http;

import java.util.Locale;
import java.util.Map;

/** One line of the routing table: method, path template ({@code {name}} segments), access, endpoint. */
record Route(String method, String template, Access access, Endpoint endpoint, String[] parts) {

    Route(String method, String template, Access access, Endpoint endpoint) {
        // The template is split once here, not on every request.
        this(method.toUpperCase(Locale.ROOT), template, access, endpoint, parts(template));
    }

    /** The path parameters when {@code path} fits the template (case-insensitive, SPEC §1.1), else null. */
    Map<String, String> match(String[] segments) {
        if (parts.length != segments.length) {
            return null;
        }
        // Literals first, so that a route that does not fit allocates nothing: lookup tries most routes of a length.
        for (int i = 0; i < parts.length; i++) {
            if (!isParam(parts[i]) && !parts[i].equalsIgnoreCase(segments[i])) {
                return null;
            }
        }
        Map<String, String> params = Map.of();
        for (int i = 0; i < parts.length; i++) {
            if (isParam(parts[i])) {
                params = with(params, parts[i].substring(1, parts[i].length() - 1), segments[i]);
            }
        }
        return params;
    }

    private static boolean isParam(String part) {
        return !part.isEmpty() && part.charAt(0) == '{';
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        if (params.isEmpty()) {
            return Map.of(name, value);
        }
        Map<String, String> more = new java.util.HashMap<>(params);
        more.put(name, value);
        return more;
    }

    static String[] parts(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
