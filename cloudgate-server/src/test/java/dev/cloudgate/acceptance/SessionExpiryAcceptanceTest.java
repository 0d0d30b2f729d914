package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2.3: a session idle for the timeout (here 2 s, by setting) is gone; every request restarts the clock.
 * The test waits for conditions, seen through a third session's list of live sessions (listing does not touch
 * the sessions listed), not for fixed times that a loaded machine may overrun.
 */
class SessionExpiryAcceptanceTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Map.of("session-timeout", TIMEOUT.toMillis() + "ms"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void requestsKeepASessionAliveAndIdlenessEndsIt() throws InterruptedException {
        long idleSince = System.nanoTime(); // before the logon: its session's clock starts while the logon is answered
        Api idle = server.api().logon().accept(Api.XML);
        Api busy = server.api().logon().accept(Api.XML);
        Api watcher = server.api().logon().accept(Api.XML);
        int requests = 0;
        // Busy keeps asking (any authenticated request counts, whatever its status) until idle has expired.
        while (lists(watcher, idle)) {
            assertThat(busy.get(requests++ % 2 == 0 ? "/logonSessions" : "/tasks/task-99").status()).isIn(200, 404);
            deadline(idleSince);
            Thread.sleep(50);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - idleSince)).as("idle session lived at least the timeout").isGreaterThanOrEqualTo(TIMEOUT);
        assertThat(requests).as("busy asked throughout").isGreaterThan(1);
        assertThat(lists(watcher, busy)).as("busy is alive").isTrue();
        Api.Response expired = idle.get("/logonSessions");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).isEqualTo("Basic Realm=RestSvc");
        assertThat(expired.body()).contains("Logon session is not found or has expired.");

        // Now busy stops asking: it expires in turn, while the watcher (asking) stays.
        long busySince = System.nanoTime();
        while (lists(watcher, busy)) {
            deadline(busySince);
            Thread.sleep(50);
        }
        assertThat(busy.get("/logonSessions").status()).isEqualTo(401);
        assertThat(watcher.get("/logonSessions").status()).isEqualTo(200);
    }

    /** Whether {@code session} is among the live sessions {@code watcher} sees (the same user's, SPEC §7 A43). */
    private static boolean lists(Api watcher, Api session) {
        Api.Response r = watcher.get("/logonSessions");
        assertThat(r.status()).as("the watcher is alive").isEqualTo(200);
        return r.body().contains(SessionAcceptanceTest.idOf(session));
    }

    private static void deadline(long since) {
        if (Duration.ofNanos(System.nanoTime() - since).compareTo(TIMEOUT.multipliedBy(10)) > 0) {
            throw new AssertionError("a session outlived ten times its idle timeout");
        }
    }
}
