package dev.cloudgate.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        requireUtf8(body);
        return switch (format) {
            case XML -> XML.read(body, root, strictXml, keepEmpty);
            case JSON -> JsonBodyReader.read(body, root);
        };
    }

    /**
     * Bodies are UTF-8 (SPEC §1.3). The JDK's strict decoder is the judge, because parsers are lenient in
     * places: an overlong form such as C0 AF would otherwise be read as "/".
     */
    private static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw BodyException.invalid("The request body is not valid UTF-8.");
        }
    }
}
