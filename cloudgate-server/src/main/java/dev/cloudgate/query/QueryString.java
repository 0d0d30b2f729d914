package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of query strings: a raw query string split into its {@code name=value} segments,
 * kept as received so that paging links can repeat it (SPEC §6.5). Names are matched
 * case-insensitively (SPEC §1.1, §6.1). Two {@code +} rules, both here: request parameters in general
 * ({@link #parameters()}) keep a {@code +}; the query service's own parameters read it as a space,
 * except in a filter ({@link #decode}).
 */
public record QueryString(List<String> segments) {

    public QueryString {
        segments = List.copyOf(segments);
    }

    public static QueryString parse(String raw) {
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

    /** Every raw value of {@code name}, in the order received. */
    java.util.List<String> rawValues(String name) {
        return segments.stream().filter(s -> isCalled(s, name))
                .map(s -> s.indexOf('=') < 0 ? "" : s.substring(s.indexOf('=') + 1)).toList();
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
            throw Failure.invalid("Query parameter '" + name + "' has a malformed percent-encoding.");
        }
    }

    /**
     * Every parameter by lower-cased name (the first of a repeated name wins), percent-decoded with a
     * {@code +} kept as a {@code +}: filters use it literally (SPEC §6.1).
     */
    public Map<String, String> parameters() {
        Map<String, String> params = new HashMap<>();
        for (String pair : segments) {
            int eq = pair.indexOf('=');
            String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw Failure.invalid("The query string has a malformed percent-escape.");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
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
