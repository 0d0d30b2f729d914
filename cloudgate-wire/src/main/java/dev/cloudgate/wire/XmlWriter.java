package dev.cloudgate.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link Node} tree as an EM XML document: declaration, default namespace on the root,
 * {@code Links} first, two-space indentation, {@code <Empty />} for empty simple content.
 */
public final class XmlWriter {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private static final String ROOT_NAMESPACES = " xmlns=\"" + Namespaces.EM + "\" xmlns:xsd=\""
            + Namespaces.XSD + "\" xmlns:xsi=\"" + Namespaces.XSI + "\"";

    private XmlWriter() {
    }

    /** A builder per thread, reused: growing a fresh one for every response showed up in profiles. */
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(8192));

    public static byte[] write(Node root) {
        StringBuilder out = BUFFER.get();
        out.setLength(0);
        out.append(DECLARATION);
        element(out, root, 0, true);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        if (out.capacity() > 1 << 20) {
            // A huge list was written: do not keep its buffer alive on this thread.
            BUFFER.remove();
        }
        return bytes;
    }

    private static void element(StringBuilder out, Node node, int depth, boolean root) {
        if (node.isAbsent()) {
            return;
        }
        indent(out, depth);
        out.append('<').append(node.name);
        if (root) {
            out.append(ROOT_NAMESPACES);
        }
        for (Map.Entry<String, Object> attribute : node.attributes.entrySet()) {
            attribute(out, attribute.getKey(), attribute.getValue());
        }
        if (node.isLeaf()) {
            String text = String.valueOf(node.value);
            if (text.isEmpty()) {
                out.append(" />\n");
            } else {
                out.append('>');
                escape(out, text, false);
                out.append("</").append(node.name).append(">\n");
            }
            return;
        }
        boolean hasLinks = !node.links.isEmpty();
        if (!hasLinks && node.children.isEmpty()) {
            out.append(" />\n");
            return;
        }
        out.append(">\n");
        if (hasLinks) {
            indent(out, depth + 1);
            out.append("<Links>\n");
            for (Link link : node.links) {
                link(out, link, depth + 2);
            }
            indent(out, depth + 1);
            out.append("</Links>\n");
        }
        for (Node child : node.children) {
            element(out, child, depth + 1, false);
        }
        indent(out, depth);
        out.append("</").append(node.name).append(">\n");
    }

    private static void link(StringBuilder out, Link link, int depth) {
        indent(out, depth);
        out.append("<Link");
        attribute(out, "Rel", link.rel());
        attribute(out, "Type", link.type());
        attribute(out, "Href", link.href());
        attribute(out, "Name", link.name());
        out.append(" />\n");
    }

    private static void attribute(StringBuilder out, String name, Object value) {
        if (value == null) {
            return;
        }
        out.append(' ').append(name).append("=\"");
        escape(out, String.valueOf(value), true);
        out.append('"');
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Escapes by plain XML rules (SPEC §1.2); characters XML 1.0 cannot carry become U+FFFD. */
    private static void escape(StringBuilder out, String text, boolean attribute) {
        if (plain(text)) {
            // Most values (ids, Hrefs, names) need no escaping: copy them whole.
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }
}
