package dev.cloudgate.wire;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BodiesTest {

    /** Found by the fuzz test: C0 AF is an overlong "/" that a lenient decoder lets through. */
    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void overlongAndOtherMalformedUtf8IsRefusedInBothFormats(MediaFormat format) {
        String doc = format == MediaFormat.XML
                ? "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>f#z</ServerHostName></CreateCloudGatewaySpec>"
                : "{\"ServerHostName\":\"f#z\"}";
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] text = doc.getBytes(StandardCharsets.UTF_8);
            int at = doc.indexOf('#');
            byte[] body = new byte[text.length - 1 + bad.length];
            System.arraycopy(text, 0, body, 0, at);
            System.arraycopy(bad, 0, body, at, bad.length);
            System.arraycopy(text, at + 1, body, at + bad.length, text.length - at - 1);
            assertThatThrownBy(() -> Bodies.read(body, format, "CreateCloudGatewaySpec", false, Set.of()))
                    .isInstanceOf(BodyException.class).hasMessage("The request body is not valid UTF-8.");
        }
    }
}
