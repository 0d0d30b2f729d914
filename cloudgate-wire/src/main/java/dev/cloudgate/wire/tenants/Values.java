package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyException;
import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.Fields;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Typed reading of the tenant slice's bodies out of a {@link BodyNode}, XML and JSON alike. Every
 * refusal is a {@link BodyException} (400) whose message names the element; these are the S1 checks
 * of SPEC-tenants §7.1 (type, UID form), made while binding and so before any other check.
 */
final class Values {
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 1024;
    static final int MAX_PASSWORD = 255;
    static final long MIN_QUOTA_MB = 1024;
    static final long MAX_QUOTA_MB = Integer.MAX_VALUE;
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private Values() {
    }

    static String text(BodyNode body, String... names) {
        return Fields.text(body, names);
    }

    /** A text that is absent when empty or blank (SPEC-tenants §2.3: optional references sent as ""). */
    static String optionalText(BodyNode body, String... names) {
        String text = Fields.text(body, names);
        return text == null || text.isBlank() ? null : text.trim();
    }

    static Boolean bool(BodyNode body, String... names) {
        return Fields.bool(body, names);
    }

    /** true/false in any case, or 1/0 (SPEC §1.2, J7), of an attribute value; null when absent or empty. */
    static Boolean bool(String text, String element) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw BodyException.invalid("Element '" + element + "' must be true or false; got '" + text + "'.");
        };
    }

    /** A decimal integer (int64) or null when absent or empty; ranges are the caller's checks. */
    static Long number(BodyNode body, String... names) {
        return number(Fields.text(body, names), names[0]);
    }

    static Long number(String text, String element) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw BodyException.invalid("Element '" + element + "' must be an integer; got '" + text + "'.");
        }
    }

    /** A UID of {@code kind} or a bare UUID (SPEC-tenants §2.3); empty or absent is null; anything else a 400. */
    static UidRef uid(BodyNode body, String kind, String... names) {
        return uid(optionalText(body, names), kind, names[0]);
    }

    static UidRef uid(String text, String kind, String element) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sent = text.trim();
        return UidRef.parse(kind, sent).map(id -> new UidRef(id, sent)).orElseThrow(() -> BodyException.invalid(
                "Element '" + element + "' must be a UID of the form urn:veeam:" + kind + ":<uuid>; got '" + text + "'."));
    }

    /**
     * An {@code xs:dateTime} with {@code Z}, an offset or no zone (then UTC), compared as an instant
     * (SPEC-tenants §2.5); null when absent.
     */
    static Instant date(String text, String element) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw BodyException.invalid("Element '" + element + "' must be a date and time (xs:dateTime); got '" + text + "'.");
            }
        }
    }

    /** The value of an XML attribute or, as JSON carries attributes, of a child property (SPEC J2). */
    static String attribute(BodyNode node, String... names) {
        for (String name : names) {
            String value = node.attribute(name);
            if (value != null) {
                return value;
            }
        }
        return Fields.text(node, names);
    }

    /** The single child element of one of {@code names} that holds elements, or null when absent or empty. */
    static BodyNode child(BodyNode body, String... names) {
        List<BodyNode> found = body.all(names);
        if (found.size() > 1) {
            throw BodyException.invalid("Element '" + names[0] + "' must not occur more than once.");
        }
        if (found.isEmpty()) {
            return null;
        }
        BodyNode node = found.get(0);
        if (!node.hasChildren() && node.text() != null && !node.text().isBlank()) {
            throw BodyException.invalid("Element '" + names[0] + "' must hold elements, not a value.");
        }
        return node;
    }

    /**
     * The items of a list wrapper of complex items, in any input form (XML {@code <W><I>…</I></W>}, JSON
     * {@code {"Is": [...]}}, a bare array, {@code {}}, {@code null}); null when the wrapper is absent.
     */
    static List<BodyNode> items(BodyNode body, String wrapper) {
        List<BodyNode> wrappers = body.all(wrapper);
        if (wrappers.isEmpty()) {
            return null;
        }
        List<BodyNode> items = new ArrayList<>();
        for (BodyNode node : wrappers) {
            if (node.children().stream().anyMatch(c -> !c.hasChildren() && c.text() != null)) {
                items.add(node); // JSON's bare-array form: "W": [ {item}, … ] reads as one W per item
                continue;
            }
            for (BodyNode item : node.children()) {
                if (!item.hasChildren() && item.text() == null) {
                    continue; // {"Xs": null} or an empty item
                }
                if (!item.hasChildren()) {
                    throw BodyException.invalid("Element '" + wrapper + "' must hold elements, not values.");
                }
                items.add(item);
            }
        }
        return items;
    }

    static void requireLength(String value, int max, String message) {
        if (value != null && value.length() > max) {
            throw BodyException.invalid(message);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    static boolean ipv4(String value) {
        return value != null && IPV4.matcher(value.trim()).matches();
    }

    static BodyException invalid(String message) {
        return BodyException.invalid(message);
    }

    static BodyException required(String element) {
        return BodyException.invalid("Element '" + element + "' is required.");
    }
}
