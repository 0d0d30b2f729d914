package dev.cloudgate.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A raw query string split into its {@code name=value} segments, kept as received so that paging
 * links can repeat it (SPEC §6.5). Names are matched case-insensitively (SPEC §6.1).
 */
record QueryString(List<String> segments) {

    QueryString {
        segments = List.copyOf(segments);
    }

    static QueryString parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new QueryString(List.of());
        }
        return new QueryString(Arrays.stream(raw.split("&")).filter(s -> !s.isEmpty()).toList());
    }

    /** The still-encoded value of the first parameter called {@code name}, if any. */
    Optional<String> rawValue(String name) {
        return segments.stream().filter(s -> isCalled(s, name)).findFirst()
                .map(s -> s.indexOf('=') < 0 ? "" : s.substring(s.indexOf('=') + 1));
    }

    /** The segments not called any of {@code names}, joined as received. */
    String without(String... names) {
        return String.join("&", segments.stream()
                .filter(s -> Arrays.stream(names).noneMatch(name -> isCalled(s, name)))
                .toList());
    }

    /** Percent-decodes; a {@code +} becomes a space unless {@code literalPlus} (SPEC §6.1 ruling for filters). */
    static String decode(String name, String raw, boolean literalPlus) {
        try {
            return URLDecoder.decode(literalPlus ? raw.replace("+", "%2B") : raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw QueryException.invalid("Query parameter '" + name + "' has a malformed percent-encoding.");
        }
    }

    private static boolean isCalled(String segment, String name) {
        int end = segment.indexOf('=');
        String encodedName = end < 0 ? segment : segment.substring(0, end);
        try {
            return URLDecoder.decode(encodedName, StandardCharsets.UTF_8).strip().equalsIgnoreCase(name);
        } catch (IllegalArgumentException e) {
            return false; // a name that does not decode is no parameter we know: ignored like any unknown one
        }
    }
}
