package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

class EntryPointAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void entryDocumentListsSupportedVersionsWithoutAuthentication() {
        Api.Response r = server.api().get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/xml; charset=utf-8");
        assertThat(r.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .contains("<EnterpriseManager xmlns=\"http://www.veeam.com/ent/v1.0\"")
                .contains("<SupportedVersion Name=\"v1_5\">", "<SupportedVersion Name=\"v1_7\">")
                .contains("Href=\"" + server.base() + "/sessionMngr/?v=v1_7\"");
    }

    @Test
    void entryDocumentInJsonWrapsTheVersionList() {
        Api.Response r = server.api().accept(Api.JSON).get("");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"SupportedVersions\":{\"SupportedVersions\":[{\"Links\":[");
    }
}
