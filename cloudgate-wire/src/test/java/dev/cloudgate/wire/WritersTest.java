package dev.cloudgate.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritersTest {
    private static Node entity() {
        return Node.element("CloudGateway").attr("Type", "CloudGateway").attr("Href", "h?format=Entity").attr("Name", "a&b").attr("UID", "u")
                .links(List.of(Link.of("Delete", null, "h")))
                .leafChild("Enabled", true)
                .leafChild("ExternalPort", 6180)
                .leafChild("Description", "")
                .leafChild("Missing", null);
    }

    @Test
    void xmlPutsLinksFirstEscapesAndWritesEmptyElementsShort() {
        String xml = new String(XmlWriter.write(entity()), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"")
                .contains("Name=\"a&amp;b\"", "<Links>\n    <Link Rel=\"Delete\" Href=\"h\" />", "<Enabled>true</Enabled>", "<Description />")
                .doesNotContain("Missing");
        assertThat(xml.indexOf("<Links>")).isLessThan(xml.indexOf("<Enabled>"));
    }

    @Test
    void jsonFollowsTheMappingRules() {
        String json = new String(JsonWriter.write(entity()), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"Enabled\":true,\"ExternalPort\":6180,\"Description\":\"\",\"Name\":\"a&b\",\"UID\":\"u\","
                + "\"Links\":[{\"Rel\":\"Delete\",\"Href\":\"h\"}],\"Href\":\"h?format=Entity\",\"Type\":\"CloudGateway\"}");
    }

    @Test
    void listsWrapTheirItemsAndEmptyNestedListsAreEmptyObjects() {
        Node pool = Node.element("CloudGatewayPool")
                .add(Node.list("CloudGateways", "CloudGatewayUid").add(Node.leaf("CloudGatewayUid", "g1")))
                .add(Node.list("CloudTenants", "CloudTenantUid"));
        assertThat(new String(JsonWriter.write(pool), StandardCharsets.UTF_8))
                .isEqualTo("{\"CloudGateways\":{\"CloudGatewayUids\":[\"g1\"]},\"CloudTenants\":{}}");
        assertThat(new String(JsonWriter.write(Node.list("EntityReferences", "Ref")), StandardCharsets.UTF_8)).isEqualTo("{\"Refs\":[]}");
        assertThat(new String(XmlWriter.write(pool), StandardCharsets.UTF_8)).contains("<CloudTenants />");
    }

    @Test
    void bodiesNeverStartWithAByteOrderMark() {
        assertThat(XmlWriter.write(entity())[0]).isEqualTo((byte) '<');
        assertThat(JsonWriter.write(entity())[0]).isEqualTo((byte) '{');
    }
}
