package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a task costs the embedded store, read from {@code cloudgate_store_commits_total}: each commit is a write
 * of the file, so a create that needs one fewer is faster and grows the file less (docs/benchmarks.md).
 */
class TaskCommitsAcceptanceTest {

    /** Frozen, so that no session is touched (a write once a second of use) while commits are counted. */
    static final TestClock CLOCK = new TestClock();
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("task-delay", "0s"), CLOCK);
    static Api ops;

    @BeforeAll
    static void start() {
        ops = new Api("http://127.0.0.1:" + server.port());
    }

    @Test
    void aCreateCostsTheRequestsCommitAndOneForItsTaskClaimedAppliedAndFinishedAtOnce() {
        Api api = server.api().logon().accept(Api.XML);
        long before = StoreCommits.count(ops);

        Fixtures.gateway(api, "gw01.tech.local", Api.BS1);

        assertThat(StoreCommits.since(ops, before, 2)).isEqualTo(2);
    }

    @Test
    void aFailingOperationIsStillRecordedAsFailedAndChangesNothing() {
        Api api = server.api().logon().accept(Api.XML);
        Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
        int gateways = count(api.get("/cloud/gateways").body());

        String message = Fixtures.failure(api, api.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\": \"gw02.tech.local\", \"BackupServerUid\": \"" + Api.BS1 + "\"}"));

        assertThat(message).contains("gw02.tech.local");
        assertThat(count(api.get("/cloud/gateways").body())).isEqualTo(gateways);
    }

    /** And a spent fault no longer counts: the next create is back to two commits. */
    @Test
    void aTaskWithAFaultToWaitForIsClaimedFirstSoThatItShowsAsRunningMeanwhile() {
        Api api = server.api().logon().accept(Api.XML);
        server.control().fault("{\"host\": \"gw03.tech.local\", \"delayMs\": 1, \"times\": 1}");
        long before = StoreCommits.count(ops);

        Fixtures.gateway(api, "gw03.tech.local", Api.BS1);

        assertThat(StoreCommits.since(ops, before, 3)).isEqualTo(3);
        long after = StoreCommits.count(ops);
        Fixtures.gateway(api, "172.16.13.119", Api.BS1);
        assertThat(StoreCommits.since(ops, after, 2)).isEqualTo(2);
    }

    private static int count(String body) {
        return body.split("<Ref ", -1).length - 1;
    }
}
