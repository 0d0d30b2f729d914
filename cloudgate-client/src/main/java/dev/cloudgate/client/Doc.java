package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * One element of a response, read from XML or JSON into the same view so that each record is
 * mapped once. The JSON mapping rules of SPEC §3.3 make this possible: attributes and child
 * elements both become properties (J2), {@code Links} is an array (J3), and a list wrapper
 * {@code W} of items {@code C} is {@code "W": {"Cs": [...]}} (J4).
 */
interface Doc {

    /** An attribute or a child element of simple content, or null when absent. */
    String text(String name);

    /** The child element of that name, or null. */
    Doc child(String name);

    /** The items of list wrapper {@code wrapper}; {@code null} wrapper means this element is the list. */
    List<Doc> items(String wrapper, String item);

    /** This element's {@code Links}, in document order; empty when it has none. */
    List<Link> links();

    /** The text of each item of a list of simple values (e.g. {@code CloudGateways/CloudGatewayUid}). */
    List<String> texts(String wrapper, String item);

    default Integer integer(String name) {
        String text = text(name);
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    /** An {@code int64} value, such as a quota in MB or a capacity in bytes. */
    default Long number(String name) {
        String text = text(name);
        return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
    }

    /** An {@code xs:dateTime} (SPEC-tenants §2.5: UTC with {@code Z} on output), or null. */
    default java.time.Instant instant(String name) {
        String text = text(name);
        return text == null || text.isBlank() ? null : java.time.OffsetDateTime.parse(text.trim()).toInstant();
    }

    default Boolean bool(String name) {
        String text = text(name);
        return text == null || text.isBlank() ? null : Boolean.valueOf(text.trim().equalsIgnoreCase("true") || text.trim().equals("1"));
    }
}
