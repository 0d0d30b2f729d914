package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, finding 11: a state-changing request authenticated by the cookie alone, from a page of
 * another origin, is refused 403; the header token and same-origin requests work as before.
 */
class CrossSiteHardeningTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void cookieOnlyWritesFromAnotherOriginAre403() {
        String token = server.api().logon().token();
        Api anonymous = server.api();
        String cookie = "X-RestSvcSessionId=" + token;
        Api.Response evil = anonymous.send("POST", "/cloud/gateways", null, "", Map.of("Cookie", cookie, "Origin", "https://evil.example"));
        assertThat(evil.status()).isEqualTo(403);
        Api.Response evilReferer = anonymous.send("POST", "/cloud/gateways", null, "",
                Map.of("Cookie", cookie, "Referer", "https://evil.example/page"));
        assertThat(evilReferer.status()).isEqualTo(403);

        // The header token is not sent by browsers on their own: its requests are unaffected.
        assertThat(anonymous.send("POST", "/cloud/gateways", null, "",
                Map.of("X-RestSvcSessionId", token, "Origin", "https://evil.example")).status()).isNotEqualTo(403);
        // Same origin, or no Origin at all (a script, an EM client), with the cookie: unaffected.
        assertThat(anonymous.send("POST", "/cloud/gateways", null, "",
                Map.of("Cookie", cookie, "Origin", "http://127.0.0.1:" + server.port())).status()).isNotEqualTo(403);
        assertThat(anonymous.send("POST", "/cloud/gateways", null, "", Map.of("Cookie", cookie)).status()).isNotEqualTo(403);
        // Reads from another origin stay possible (the browser keeps the answer from the page anyway).
        assertThat(anonymous.send("GET", "/cloud/gateways", null, null, Map.of("Cookie", cookie, "Origin", "https://evil.example"))
                .status()).isEqualTo(200);
    }
}
