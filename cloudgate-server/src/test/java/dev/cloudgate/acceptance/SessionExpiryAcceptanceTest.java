package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC §2.3: a session idle for the timeout (here 400 ms, by setting) is gone; every request restarts the clock. */
class SessionExpiryAcceptanceTest {
    /** Idle time passes when the test says so, however loaded the machine. */
    static final TestClock CLOCK = new TestClock();
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("session-timeout", "400ms"), CLOCK);

    @Test
    void requestsKeepASessionAliveAndIdlenessEndsIt() {
        Api busy = server.api().logon().accept(Api.XML);
        Api idle = server.api().logon().accept(Api.XML);
        for (int i = 0; i < 6; i++) {
            CLOCK.advance(Duration.ofMillis(150));
            // Any authenticated request counts, whatever its status (here a 404).
            assertThat(busy.get(i % 2 == 0 ? "/logonSessions" : "/tasks/task-99").status()).isIn(200, 404);
        }
        // 900 ms have passed: the idle session has expired, the busy one has not.
        assertThat(busy.get("/logonSessions").body()).doesNotContain(SessionAcceptanceTest.idOf(idle));
        Api.Response expired = idle.get("/logonSessions");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).isEqualTo("Basic Realm=RestSvc");
        assertThat(expired.body()).contains("Logon session is not found or has expired.");

        CLOCK.advance(Duration.ofMillis(600));
        assertThat(busy.get("/logonSessions").status()).isEqualTo(401);
    }

    /**
     * Answers kept in the response cache go out without a worker thread, but never to a session that went
     * idle, and polling them keeps a session alive as any request does.
     */
    @Test
    void aCachedAnswerIsGivenOnlyToALiveSession() {
        Api busy = server.api().logon().accept(Api.XML);
        Api idle = server.api().logon().accept(Api.XML);
        assertThat(idle.get("/cloud/gateways").status()).isEqualTo(200);
        for (int i = 0; i < 6; i++) {
            CLOCK.advance(Duration.ofMillis(150));
            assertThat(busy.get("/cloud/gateways").status()).isEqualTo(200);
        }
        Api.Response expired = idle.get("/cloud/gateways");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).contains("Logon session is not found or has expired.");
        assertThat(busy.get("/logonSessions").body()).doesNotContain(SessionAcceptanceTest.idOf(idle));
    }
}
