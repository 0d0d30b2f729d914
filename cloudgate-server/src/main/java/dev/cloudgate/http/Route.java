package dev.cloudgate.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One line of the routing table: method, path template ({@code {name}} segments), access, endpoint. */
record Route(String method, String template, Access access, Endpoint endpoint) {

    /** The path parameters when {@code path} fits the template (case-insensitive, SPEC §1.1), else null. */
    Map<String, String> match(String[] segments) {
        String[] parts = parts(template);
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("{")) {
                params.put(part.substring(1, part.length() - 1), segments[i]);
            } else if (!part.equalsIgnoreCase(segments[i])) {
                return null;
            }
        }
        return params;
    }

    static String[] parts(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    String methodUpper() {
        return method.toUpperCase(Locale.ROOT);
    }
}
