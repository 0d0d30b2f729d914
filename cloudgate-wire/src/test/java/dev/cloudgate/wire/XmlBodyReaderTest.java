package dev.cloudgate.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XmlBodyReaderTest {
    private final XmlBodyReader reader = new XmlBodyReader();

    private BodyNode read(String xml, boolean strict) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), "CreateCloudGatewaySpec", strict, Set.of());
    }

    private static String spec(String inner) {
        return "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\">" + inner + "</CreateCloudGatewaySpec>";
    }

    @Test
    void outOfOrderElementIsNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> read(spec("<ServerHostName>h</ServerHostName><NetworkType>NAT</NetworkType><ExternalIp>1.1.1.1</ExternalIp>"), true))
                .isInstanceOf(BodyException.class)
                .hasMessage("Element 'ExternalIp' is not expected here; expected one of: InternalPort, BackupServerUid.");
    }

    @Test
    void missingRequiredElementNamesTheParentAndTheMissingOne() {
        assertThatThrownBy(() -> read(spec("<ServerHostName>h</ServerHostName>"), true))
                .hasMessage("Element 'CreateCloudGatewaySpec' is incomplete; expected one of: Description, IncomingPort, ExternalIp, ExternalIP,"
                        + " ExternalPort, NetworkType, NetworkMode.");
    }

    @Test
    void badValueNamesTheElement() {
        assertThatThrownBy(() -> read(spec("<ServerHostName>h</ServerHostName><ExternalPort>abc</ExternalPort><NetworkType>Direct</NetworkType>"), true))
                .hasMessage("The value 'abc' of element 'ExternalPort' is not valid.");
    }

    @Test
    void aliasesStandInTheirElementsPositionAndLinksAndEmptyElementsAreIgnored() {
        BodyNode body = read("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + spec("<Links><Link Href=\"x\"/></Links><ServerHostName>h</ServerHostName>"
                + "<Description/><ExternalIP>1.1.1.1</ExternalIP><NetworkMode>nat</NetworkMode>"), true);
        CreateCloudGatewaySpec spec = CreateCloudGatewaySpec.from(body);
        assertThat(spec.externalIp()).isEqualTo("1.1.1.1");
        assertThat(spec.networkType()).isEqualTo("nat");
        assertThat(spec.description()).isNull();
    }

    @Test
    void wrongNamespaceOrRootIsRefusedInStrictModeOnly() {
        assertThatThrownBy(() -> read("<CreateCloudGatewaySpec><ServerHostName>h</ServerHostName></CreateCloudGatewaySpec>", true))
                .hasMessageContaining("namespace");
        BodyNode lenient = read("<createCloudGatewaySpec><NetworkType>Direct</NetworkType><serverhostname>h</serverhostname></createCloudGatewaySpec>", false);
        assertThat(CreateCloudGatewaySpec.from(lenient).serverHostName()).isEqualTo("h");
    }

    @Test
    void doctypeIsRefusedBeforeAnyEntityIsExpanded() {
        assertThatThrownBy(() -> read("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + spec("<ServerHostName>&x;</ServerHostName>"), false))
                .isInstanceOf(BodyException.class)
                .hasMessageContaining("DTD");
    }
}
