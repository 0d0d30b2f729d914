package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

class LogonAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    private static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void logonAnswers201WithTokenHeaderCookieLocationAndSession() {
        Api.Response r = server.api().send("POST", "/sessionMngr/?v=latest", null, null, basic(Api.ADMIN, Api.PASSWORD));
        assertThat(r.status()).isEqualTo(201);
        String sessionId = r.find("<SessionId>([0-9a-f-]{36})</SessionId>");
        String token = r.header("X-RestSvcSessionId");
        assertThat(token).isEqualTo(Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.US_ASCII))).hasSize(48);
        assertThat(r.header("Set-Cookie")).isEqualTo("X-RestSvcSessionId=" + token + "; Path=/api;");
        assertThat(r.header("Location")).isEqualTo(server.base() + "/logonSessions/" + sessionId);
        assertThat(r.body()).contains("<LogonSession xmlns=\"http://www.veeam.com/ent/v1.0\"", "<UserName>TECH\\Administrator</UserName>",
                "<Link Rel=\"Down\" Type=\"CloudConnectService\" Href=\"" + server.base() + "/cloud\" />");
        assertThat(r.body().indexOf("<Links>")).isLessThan(r.body().indexOf("<UserName>"));
    }

    @Test
    void logonInJsonAndWithVersionV17AndWithoutTrailingSlash() {
        Api.Response r = server.api().accept(Api.JSON).send("POST", "/sessionMngr?v=v1_7", null, null, basic(Api.ADMIN, Api.PASSWORD));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.body()).startsWith("{\"UserName\":\"TECH\\\\Administrator\",\"SessionId\":\"").contains("\"Type\":\"LogonSession\"");
    }

    @Test
    void userNameWithoutDomainAndInOtherCaseIsAccepted() {
        Api.Response r = server.api().send("POST", "/sessionMngr/?v=latest", null, null, basic("administrator", Api.PASSWORD));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).contains("<UserName>TECH\\Administrator</UserName>");
    }

    /** SPEC §7 A51: the UPN form names DOMAIN\\user when the domain's first label is the account's domain. */
    @Test
    void userPrincipalNamesAreAcceptedInXmlAndJson() {
        for (String upn : new String[] {"portal.user@tech.local", "portal.user@TECH", "Portal.User@Tech.Local"}) {
            Api.Response xml = server.api().accept(Api.XML).send("POST", "/sessionMngr/?v=latest", null, null, basic(upn, Api.PASSWORD));
            assertThat(xml.status()).as(upn).isEqualTo(201);
            assertThat(xml.body()).contains("<UserName>TECH\\portal.user</UserName>");
            Api.Response json = server.api().accept(Api.JSON).send("POST", "/sessionMngr/?v=latest", null, null, basic(upn, Api.PASSWORD));
            assertThat(json.status()).as(upn).isEqualTo(201);
            assertThat(json.body()).contains("\"UserName\":\"TECH\\\\portal.user\"");
        }
        for (String wrong : new String[] {"portal.user@other.local", "portal.user@techx", "portal.user@", "@tech.local",
                "portal.user@.tech"}) {
            assertThat(server.api().send("POST", "/sessionMngr/?v=latest", null, null, basic(wrong, Api.PASSWORD)).status())
                    .as(wrong).isEqualTo(401);
        }
        assertThat(server.api().send("POST", "/sessionMngr/?v=latest", null, null, basic("portal.user@tech.local", "wrong")).status())
                .isEqualTo(401);
    }

    @Test
    void wrongPasswordMissingHeaderAndGarbageAreAll401WithChallenge() {
        for (Map<String, String> headers : new Map[] {basic(Api.ADMIN, "wrong"), Map.of(), Map.of("Authorization", "Basic !!!"),
                Map.of("Authorization", "Bearer x"), basic("TECH\\nobody", Api.PASSWORD)}) {
            Api.Response r = server.api().send("POST", "/sessionMngr/?v=latest", null, null, headers);
            assertThat(r.status()).as(headers.toString()).isEqualTo(401);
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Basic Realm=RestSvc");
            assertThat(r.body()).contains("<Error ", "StatusCode=\"401\"");
        }
    }

    @Test
    void unknownVersionIs400EvenWithBadCredentials() {
        Api.Response r = server.api().send("POST", "/sessionMngr/?v=v9_9", null, null, basic(Api.ADMIN, "wrong"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("v9_9");
    }

    @Test
    void everyOtherCallNeedsAValidToken() {
        Api anonymous = server.api();
        assertThat(anonymous.get("/cloud/gateways").status()).isEqualTo(401);
        Api.Response bad = anonymous.token("bm90LWEtc2Vzc2lvbi1pZC1hdC1hbGwtaGVyZS0xMjM0NTY3").get("/cloud/gateways");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.header("WWW-Authenticate")).isEqualTo("Basic Realm=RestSvc");
        assertThat(bad.body()).contains("Message=\"Logon session is not found or has expired.\"");
        assertThat(server.api().logon().get("/cloud/gateways").status()).isEqualTo(200);
    }

    @Test
    void theCookieWinsOverTheHeader() {
        String good = server.api().logon().token();
        Api.Response cookieGood = server.api().send("GET", "/tasks", null, null,
                Map.of("X-RestSvcSessionId", "bm90LWEtc2Vzc2lvbi1pZC1hdC1hbGwtaGVyZS0xMjM0NTY3", "Cookie", "X-RestSvcSessionId=" + good));
        assertThat(cookieGood.status()).isEqualTo(200);
        Api.Response cookieBad = server.api().send("GET", "/tasks", null, null,
                Map.of("X-RestSvcSessionId", good, "Cookie", "X-RestSvcSessionId=bm90LWEtc2Vzc2lvbi1pZC1hdC1hbGwtaGVyZS0xMjM0NTY3"));
        assertThat(cookieBad.status()).isEqualTo(401);
    }

    @Test
    void logoutKillsTheTokenAtOnce() {
        Api api = server.api().logon();
        String id = api.get("/logonSessions").find("<SessionId>([0-9a-f-]{36})</SessionId>");
        assertThat(api.delete("/logonSessions/" + id).status()).isEqualTo(204);
        assertThat(api.get("/tasks").status()).isEqualTo(401);
    }
}
