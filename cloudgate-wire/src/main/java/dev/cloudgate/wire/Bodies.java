package dev.cloudgate.wire;

import java.util.Set;

/** Reads a request body of either format into a {@link BodyNode}. */
public final class Bodies {
    private static final XmlBodyReader XML = new XmlBodyReader();

    private Bodies() {
    }

    /**
     * @param strictXml validate XML against the XSD (the default, SPEC §1.2); false is lenient XML
     * @param keepEmpty elements whose empty form is meaningful (see {@link XmlBodyReader#read})
     */
    public static BodyNode read(byte[] body, MediaFormat format, String root, boolean strictXml, Set<String> keepEmpty) {
        return switch (format) {
            case XML -> XML.read(body, root, strictXml, keepEmpty);
            case JSON -> JsonBodyReader.read(body, root);
        };
    }
}
