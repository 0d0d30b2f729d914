package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every mutation leaves one line on the {@code cloudgate.audit} logger with user, operation, target
 * and result; no password, token or full session id appears in any log line.
 */
class AuditLogAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static LogCapture log;

    @BeforeAll
    static void start() {
        log = new LogCapture();
    }

    @AfterAll
    static void stop() throws Exception {
        log.close();
    }

    @Test
    void theLifeOfAGatewayIsAudited() {
        Api admin = server.api().logon();
        String session = admin.get("/logonSessions").find("<SessionId>([0-9a-f-]{36})</SessionId>");
        assertThat(log.audit()).anyMatch(l -> l.contains("user=TECH\\Administrator op=Logon target=\"session " + session.substring(0, 8)
                + "\" result=success"));

        Api.Response created = admin.post("/cloud/gateways", Api.XML, HostileInputAcceptanceTest.create("gw01.tech.local", "audited"));
        String task = created.header("Location").substring(created.header("Location").lastIndexOf('/') + 1);
        assertThat(log.audit()).anyMatch(l -> l.contains("user=TECH\\Administrator op=CreateCloudGateway target=/cloud/gateways")
                && l.contains("result=\"accepted as " + task + "\""));
        assertThat(log.await(l -> l.contains("op=CreateCloudGateway target=\"host gw01.tech.local\"")))
                .contains("user=TECH\\Administrator", "result=success");
        String id = admin.awaitTask(created.header("Location")).find("/cloud/gateways/([0-9a-f-]{36})");

        Api.Response edited = admin.put("/cloud/gateways/" + id, Api.XML,
                "<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"><Enabled>false</Enabled></CloudGateway>");
        assertThat(edited.status()).isEqualTo(202);
        assertThat(log.await(l -> l.contains("op=EditCloudGateway target=\"gateway " + id + "\"")))
                .contains("user=TECH\\Administrator", "result=success");

        // A refusal is audited too, with its reason.
        Api.Response refused = admin.put("/cloud/gateways/" + id, Api.XML,
                "<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"><ExternalPort>0</ExternalPort></CloudGateway>");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(log.audit()).anyMatch(l -> l.contains("op=EditCloudGateway target=/cloud/gateways/" + id) && l.contains("result=\"refused 400"));

        Api.Response deleted = admin.delete("/cloud/gateways/" + id);
        assertThat(log.await(l -> l.contains("op=DeleteCloudGateway target=\"gateway " + id + "\"")))
                .contains("user=TECH\\Administrator", "result=success");
        String deleteTask = deleted.header("Location").substring(deleted.header("Location").lastIndexOf('/') + 1);
        admin.awaitTask(deleted.header("Location"));
        assertThat(admin.delete("/tasks/" + deleteTask).status()).isEqualTo(204);
        assertThat(log.audit()).anyMatch(l -> l.contains("user=TECH\\Administrator op=DeleteTask target=/tasks/" + deleteTask + " result=success"));

        assertThat(admin.delete("/logonSessions/" + session).status()).isEqualTo(204);
        assertThat(log.audit()).anyMatch(l -> l.contains("user=TECH\\Administrator op=Logout target=/logonSessions/"
                + session.substring(0, 8) + "… result=success"));

        assertNoSecretsIn(log.text(), admin.token(), session);
    }

    @Test
    void refusedLogonsAndForbiddenCallsAreAuditedWithoutThePassword() {
        String password = "Wr0ng-Secret-" + System.nanoTime();
        Api.Response r = server.api().send("POST", "/sessionMngr/?v=latest", null, null, Map.of("Authorization", basic("TECH\\portal.user", password)));
        assertThat(r.status()).isEqualTo(401);
        assertThat(log.audit()).anyMatch(l -> l.contains("user=TECH\\portal.user op=Logon") && l.contains("result=\"refused: Invalid user name"));

        Api restore = server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD);
        assertThat(restore.post("/cloud/gateways", Api.XML, "<x/>").status()).isEqualTo(403);
        assertThat(log.audit()).anyMatch(l -> l.contains("user=TECH\\restore.op op=CreateCloudGateway") && l.contains("refused 403"));
        assertThat(server.api().token("bm90LWEtcmVhbC10b2tlbi1qdXN0LTQ4LWNoYXJhY3RlcnMhIQ==").delete("/cloud/gateways/x").status())
                .isEqualTo(401);
        assertThat(log.audit()).anyMatch(l -> l.contains("user=- op=DeleteCloudGateway") && l.contains("refused 401"));

        assertNoSecretsIn(log.text(), restore.token(), null);
        assertThat(log.text()).doesNotContain(password, Api.PASSWORD, basic("TECH\\portal.user", password).substring(6));
    }

    @Test
    void aHostileUserNameCannotForgeAnAuditLine() {
        Api.Response r = server.api().send("POST", "/sessionMngr/?v=latest", null, null,
                Map.of("Authorization", basic("evil\nuser=TECH\\Administrator op=Logon result=success", "x")));
        assertThat(r.status()).isEqualTo(401);
        List<String> lines = log.audit();
        assertThat(lines).anyMatch(l -> l.contains("user=\"evil?user=TECH\\Administrator op=Logon result=success\" op=Logon target=- result=\"refused"));
        assertThat(log.text().lines()).noneMatch(l -> l.startsWith("user="));
    }

    private static void assertNoSecretsIn(String text, String token, String session) {
        assertThat(text).doesNotContain(token);
        if (session != null) {
            assertThat(text).doesNotContain(session);
        }
        assertThat(text).doesNotContain(":" + Api.PASSWORD, basic(Api.ADMIN, Api.PASSWORD).substring(6));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
