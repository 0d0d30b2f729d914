package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.BodyNode;

/**
 * Refuses characters that the two formats cannot carry alike (issue 16, finding 12): C0 control
 * characters and lone surrogates. JSON would store and return them raw, while XML 1.0 cannot carry them
 * at all, so XML and JSON clients would read different values. Tab, CR and LF stay allowed in
 * {@code Description}, where EM takes multi-line text.
 */
final class StoredText {
    private StoredText() {
    }

    static void check(BodyNode node) {
        String text = node.text();
        if (text != null) {
            check(node.name(), text);
        }
        for (BodyNode child : node.children()) {
            check(child);
        }
    }

    private static void check(String field, String text) {
        boolean multiLine = "Description".equalsIgnoreCase(field);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && !(multiLine && (c == '\t' || c == '\r' || c == '\n'))) {
                throw Failure.invalid("The field " + field + " contains the control character U+%04X, which is not allowed."
                        .formatted((int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Failure.invalid("The field " + field + " contains a lone surrogate (U+%04X), which is not a character."
                        .formatted((int) c));
            }
        }
    }
}
