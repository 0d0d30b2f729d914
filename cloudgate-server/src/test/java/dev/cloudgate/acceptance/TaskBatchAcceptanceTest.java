package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tasks that are ready together are finished by one commit of the embedded store, still applied one at a time
 * in arrival order (SPEC §8 B11): the clock holds the tasks back until all have arrived, then lets them go at once.
 */
class TaskBatchAcceptanceTest {
    static final TestClock CLOCK = new TestClock();
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("task-delay", "1s"), CLOCK);
    static Api ops;

    @BeforeAll
    static void start() {
        ops = new Api("http://127.0.0.1:" + server.port());
    }

    @Test
    void tasksReadyTogetherAreFinishedByOneCommitInArrivalOrder() {
        Api api = server.api().logon().accept(Api.XML);
        long before = StoreCommits.count(ops);
        List<Api.Response> accepted = new ArrayList<>();
        for (String host : List.of("gw01.tech.local", "gw02.tech.local")) {
            accepted.add(create(api, host));
        }

        CLOCK.advance(Duration.ofSeconds(2));
        List<String> gateways = accepted.stream().map(a -> Fixtures.relatedId(Fixtures.finished(api, a), "/cloud/gateways/")).toList();

        // The clock's step also makes the first poll after it record that the session is in use (one commit).
        assertThat(StoreCommits.since(ops, before, 4)).as("two requests, one commit for both tasks, one session touch").isEqualTo(4);
        assertThat(gateways).doesNotHaveDuplicates();
        // Arrival order: the first create's gateway was made first.
        assertThat(api.get("/cloud/gateways").body()).containsSubsequence(gateways.get(0), gateways.get(1));
    }

    @Test
    void aTaskThatFailsInTheMiddleIsUndoneAloneAndRecordedWhileTheOthersStand() {
        Api api = server.api().logon().accept(Api.XML);
        Api.Response first = create(api, "172.16.13.119");
        Api.Response duplicate = create(api, "172.16.13.119");
        Api.Response last = create(api, "gw03.tech.local");

        CLOCK.advance(Duration.ofSeconds(2));

        String made = Fixtures.relatedId(Fixtures.finished(api, first), "/cloud/gateways/");
        assertThat(Fixtures.failure(api, duplicate)).contains("172.16.13.119");
        Fixtures.succeeds(api, last);
        assertThat(api.get("/cloud/gateways/" + made).status()).isEqualTo(200);
        assertThat(api.get("/query?type=CloudGateway&filter=Name==172.16.13.119").body()).containsOnlyOnce("<Ref ");
    }

    private static Api.Response create(Api api, String host) {
        Api.Response accepted = api.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\": \"" + host + "\", \"BackupServerUid\": \"" + Api.BS1 + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted;
    }
}
