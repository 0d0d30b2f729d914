package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 16, finding 10: the request journal shows session ids (tokens) in paths cut short. */
class JournalRedactionHardeningTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void sessionIdsInJournaledPathsAreCutShort() {
        Api api = server.api().logon();
        String id = new String(Base64.getDecoder().decode(api.token()), StandardCharsets.UTF_8);
        assertThat(api.get("/logonSessions/" + id).status()).isEqualTo(200);
        String journal = server.control().get("/requests").body();
        assertThat(journal).contains("/api/logonSessions/" + id.substring(0, 8) + "…").doesNotContain(id);
    }
}
