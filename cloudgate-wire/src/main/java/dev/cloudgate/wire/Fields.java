package dev.cloudgate.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reading typed values out of a {@link BodyNode}, with 400 messages that name the element. */
public final class Fields {
    private Fields() {
    }

    /**
     * The text of the element named by any of {@code names} (aliases of one field), or null. When a
     * body carries two spellings of one field they must agree (SPEC §7 A50).
     */
    public static String text(BodyNode body, String... names) {
        String found = null;
        String foundName = null;
        for (BodyNode node : body.all(names)) {
            if (node.hasChildren()) {
                throw BodyException.invalid("Element '" + node.name() + "' must be a simple value.");
            }
            String value = node.text();
            if (value == null) {
                continue;
            }
            if (found != null && !Objects.equals(found.trim(), value.trim())) {
                throw BodyException.invalid("Elements '" + foundName + "' and '" + node.name() + "' disagree.");
            }
            found = value;
            foundName = node.name();
        }
        return found;
    }

    public static boolean present(BodyNode body, String... names) {
        return !body.all(names).isEmpty();
    }

    /** An integer, or null when absent; anything that is not a decimal integer is a 400. */
    public static Integer integer(BodyNode body, String... names) {
        String text = text(body, names);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw BodyException.invalid("Element '" + names[0] + "' must be an integer; got '" + text + "'.");
        }
    }

    /** true/false in any case, or 1/0 (SPEC §1.2, J7); null when absent. */
    public static Boolean bool(BodyNode body, String... names) {
        String text = text(body, names);
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw BodyException.invalid("Element '" + names[0] + "' must be true or false; got '" + text + "'.");
        };
    }

    /**
     * The items of a list wrapper, in any of its input forms: XML {@code <W><C/>...</W>}, JSON
     * {@code {"Cs": [...]}}, a bare array, {@code {}} or {@code null} (SPEC §3.3 J5). Null when
     * the wrapper is absent, so that "unchanged" and "empty" stay apart.
     */
    public static List<String> list(BodyNode body, String wrapper) {
        List<BodyNode> wrappers = body.all(wrapper);
        if (wrappers.isEmpty()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (BodyNode node : wrappers) {
            if (node.hasChildren()) {
                for (BodyNode item : node.children()) {
                    if (item.hasChildren()) {
                        throw BodyException.invalid("Element '" + wrapper + "' must hold simple values.");
                    }
                    if (item.text() != null && !item.text().isBlank()) {
                        items.add(item.text().trim());
                    }
                }
            } else if (node.text() != null && !node.text().isBlank()) {
                items.add(node.text().trim());
            }
        }
        return items;
    }
}
