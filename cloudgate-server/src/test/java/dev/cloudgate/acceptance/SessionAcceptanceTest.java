package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /logonSessions} (SPEC §5.3, §2.3): a caller sees and ends its own user's sessions only. */
class SessionAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void listsTheUsersOwnSessionsCallerFirst() {
        Api older = server.api().logon().accept(Api.XML);
        Api caller = server.api().logon().accept(Api.XML);
        Api someoneElse = server.api().logon(Api.PORTAL_USER, Api.PASSWORD).accept(Api.XML);

        Api.Response xml = caller.get("/logonSessions");
        assertThat(xml.status()).isEqualTo(200);
        List<String> ids = sessionIds(xml.body());
        // Real clients log out LogonSessions[0]: it must be the caller's own (SPEC §5.3).
        assertThat(ids.get(0)).isEqualTo(idOf(caller));
        assertThat(ids).contains(idOf(older)).doesNotContain(idOf(someoneElse));
        assertThat(ids.indexOf(idOf(older))).isPositive();
        assertThat(xml.body()).contains("<LogonSessions xmlns=\"http://www.veeam.com/ent/v1.0\"")
                .contains("<UserName>TECH\\Administrator</UserName>").doesNotContain("portal.user");

        JsonNode json = Fixtures.json(server.api().token(caller.token()).accept(Api.JSON).get("/logonSessions"));
        assertThat(json.get("LogonSessions").get(0).get("SessionId").asText()).isEqualTo(idOf(caller));
        assertThat(json.get("LogonSessions").get(0).get("Type").asText()).isEqualTo("LogonSession");

        assertThat(caller.get("/logonSessions/" + idOf(older)).status()).isEqualTo(200);
        assertThat(Fixtures.json(server.api().token(caller.token()).accept(Api.JSON).get("/logonSessions/" + idOf(caller)))
                .get("UserName").asText()).isEqualTo("TECH\\Administrator");
    }

    /** SPEC §2.5: another user's session is as unknown as a missing one, to every role. */
    @Test
    void anotherUsersSessionIs404EvenForAnAdministrator() {
        Api admin = server.api().logon().accept(Api.XML);
        Api portal = server.api().logon(Api.PORTAL_USER, Api.PASSWORD).accept(Api.XML);
        assertThat(admin.get("/logonSessions/" + idOf(portal)).status()).isEqualTo(404);
        assertThat(admin.delete("/logonSessions/" + idOf(portal)).status()).isEqualTo(404);
        assertThat(portal.get("/logonSessions/" + idOf(admin)).status()).isEqualTo(404);
        assertThat(portal.get("/logonSessions").status()).isEqualTo(200);
        for (String id : List.of("0b0b0b0b-0000-4000-8000-000000000004", "not-a-session")) {
            Api.Response r = admin.get("/logonSessions/" + id);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.body()).contains("StatusCode=\"404\"");
        }
    }

    @Test
    void restoreOperatorSessionsCarryOnlyTheirLinks() {
        Api restore = server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD).accept(Api.XML);
        String b = server.base();
        assertThat(restore.get("/logonSessions").body()).contains("""
                    <Links>
                      <Link Rel="Up" Type="EnterpriseManager" Href="%1$s/" />
                      <Link Rel="Down" Type="TaskList" Href="%1$s/tasks" />
                      <Link Rel="Down" Type="QueryService" Href="%1$s/querySvc" />
                      <Link Rel="Delete" Type="LogonSession" Href="%1$s/logonSessions/%2$s" />
                    </Links>
                    <UserName>TECH\\restore.op</UserName>
                    <SessionId>%2$s</SessionId>""".formatted(b, idOf(restore)).replace("\n", "\n    "));
    }

    /** The vendor's logout recipe: pick the session's link by Rel="Delete" and Type="LogonSession", in XML and JSON. */
    @Test
    void theDeleteLinkNamesItsTypeSoAClientCanFindIt() {
        Api xml = server.api().logon().accept(Api.XML);
        String href = server.base() + "/logonSessions/" + idOf(xml);
        assertThat(xml.get("/logonSessions/" + idOf(xml)).body())
                .contains("<Link Rel=\"Delete\" Type=\"LogonSession\" Href=\"" + href + "\" />");

        Api json = server.api().logon().accept(Api.JSON);
        JsonNode session = Fixtures.json(json.get("/logonSessions/" + idOf(json)));
        JsonNode delete = null;
        for (JsonNode link : session.get("Links")) {
            if (link.get("Rel").asText().equals("Delete") && link.path("Type").asText().equals("LogonSession")) {
                delete = link;
            }
        }
        assertThat(delete).as("the Delete link of type LogonSession in %s", session).isNotNull();
        String path = java.net.URI.create(delete.get("Href").asText()).getPath().replaceFirst("^/api", "");
        assertThat(json.delete(path).status()).isEqualTo(204);
        assertThat(json.get("/logonSessions").status()).isEqualTo(401);
    }

    /** SPEC §2.3, §5.3: logout is 204 without a body, and the token is dead at once; the user's other sessions live on. */
    @Test
    void logoutEndsOnlyThatSession() {
        Api first = server.api().logon().accept(Api.XML);
        Api second = server.api().logon().accept(Api.XML);

        Api.Response bye = second.delete("/logonSessions/" + idOf(second));
        assertThat(bye.status()).isEqualTo(204);
        assertThat(bye.body()).isEmpty();
        assertThat(bye.header("Content-Type")).isNull();

        Api.Response dead = second.get("/logonSessions");
        assertThat(dead.status()).isEqualTo(401);
        assertThat(dead.header("WWW-Authenticate")).isEqualTo("Basic Realm=RestSvc");
        assertThat(dead.body()).contains("Message=\"Logon session is not found or has expired.\"");
        assertThat(second.delete("/logonSessions/" + idOf(second)).status()).isEqualTo(401);

        assertThat(first.get("/logonSessions").status()).isEqualTo(200);
        assertThat(sessionIds(first.get("/logonSessions").body())).doesNotContain(idOf(second));

        // A session may end another session of the same user.
        Api third = server.api().logon().accept(Api.XML);
        assertThat(first.delete("/logonSessions/" + idOf(third)).status()).isEqualTo(204);
        assertThat(third.get("/tasks").status()).isEqualTo(401);
        assertThat(first.get("/tasks").status()).isEqualTo(200);
    }

    /** SPEC §8 B15: an ended session's task records vanish with it; another session never sees them. */
    @Test
    void tasksBelongToTheirSession(@TempDir Path data) throws Exception {
        // A server of its own on the embedded store, so that the store can be read once it has stopped:
        // no session can see another session's tasks, so only the store shows that logout forgot them.
        RunningServer own = RunningServer.start(Map.of("data", data.toString()));
        String jdbcUrl = own.server().config().effectiveJdbcUrl();
        try (own) {
            Api owner = own.api().logon().accept(Api.XML);
            Api other = own.api().logon().accept(Api.XML);
            Api.Response accepted = owner.post("/cloud/gatewayPools", Api.XML, Fixtures.poolSpec("Never", List.of(
                    "0b0b0b0b-0000-4000-8000-000000000005"), List.of(), Api.BS1));
            String task = accepted.header("Location");
            Fixtures.finished(owner, accepted);
            assertThat(other.get(task).status()).isEqualTo(404);
            assertThat(other.delete(task).status()).isEqualTo(404);
            assertThat(other.get("/tasks").body()).doesNotContain("<Task ");
            // The other session's own task stays, as its session does: the count below is of real rows.
            Fixtures.finished(other, other.post("/cloud/gatewayPools", Api.XML, Fixtures.poolSpec("Kept", List.of(
                    "0b0b0b0b-0000-4000-8000-000000000005"), List.of(), Api.BS1)));
            assertThat(owner.delete("/logonSessions/" + idOf(owner)).status()).isEqualTo(204);
            Api again = own.api().logon().accept(Api.XML);
            assertThat(again.get("/tasks").body()).doesNotContain("<Task ");
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from task")) {
            rs.next();
            assertThat(rs.getLong(1)).as("tasks left in the store: the other session's only").isEqualTo(1);
        }
    }

    static String idOf(Api api) {
        return new String(java.util.Base64.getDecoder().decode(api.token()), java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static List<String> sessionIds(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<SessionId>([^<]+)</SessionId>").matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
