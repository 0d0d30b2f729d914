package dev.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.auth.Account;
import dev.cloudgate.auth.Role;
import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.NetworkMode;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.infrastructure.ManagedServerType;
import dev.cloudgate.store.jdbc.JdbcAccountStore;
import dev.cloudgate.store.jdbc.JdbcGatewayStore;
import dev.cloudgate.store.jdbc.JdbcInfrastructureStore;
import dev.cloudgate.store.jdbc.JdbcSessionStore;
import dev.cloudgate.store.jdbc.JdbcTaskStore;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskState;
import dev.cloudgate.tasks.TaskStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, on each database: the same tests run on H2 and on PostgreSQL. Each
 * test gets a freshly migrated, empty database (or schema) of its own.
 */
abstract class StoreContract {
    static final UUID SESSION = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID OTHER_SESSION = UUID.fromString("00000000-0000-4000-8000-000000000002");

    Database database;
    Transactor tx;
    JdbcTaskStore tasks;
    JdbcSessionStore sessions;
    JdbcGatewayStore gateways;
    JdbcInfrastructureStore infrastructure;
    JdbcAccountStore accounts;

    /** A new, empty, migrated database for one test. */
    abstract Database openFreshDatabase();

    /** Drops what {@link #openFreshDatabase} made, after the database was closed. */
    void dropDatabase() {
    }

    @BeforeEach
    void open() {
        database = openFreshDatabase();
        tx = new Transactor(database.dataSource());
        tasks = new JdbcTaskStore(tx);
        sessions = new JdbcSessionStore(tx);
        gateways = new JdbcGatewayStore(tx);
        infrastructure = new JdbcInfrastructureStore(tx);
        accounts = new JdbcAccountStore(tx);
    }

    @AfterEach
    void close() {
        database.close();
        dropDatabase();
    }

    // --- sessions

    @Test
    void sessionIsStoredTouchedAndDeleted() {
        tx.run(() -> sessions.insert(SESSION, "TECH\\Administrator", 1000));
        tx.run(() -> sessions.touch(SESSION, 5000));

        var stored = tx.inTransaction(() -> sessions.find(SESSION)).orElseThrow();
        assertThat(stored.userName()).isEqualTo("TECH\\Administrator");
        assertThat(stored.createdAt()).isEqualTo(1000);
        assertThat(stored.lastSeenAt()).isEqualTo(5000);
        assertThat(tx.inTransaction(() -> sessions.delete(SESSION))).isTrue();
        assertThat(tx.inTransaction(() -> sessions.find(SESSION))).isEmpty();
        assertThat(tx.inTransaction(() -> sessions.delete(SESSION))).isFalse();
    }

    @Test
    void idleSessionsExpireByLastSeenTime() {
        tx.run(() -> sessions.insert(SESSION, "a", 1000));
        tx.run(() -> sessions.insert(OTHER_SESSION, "a", 3000));

        assertThat(tx.inTransaction(() -> sessions.deleteIdleSince(2000))).isEqualTo(1);
        assertThat(tx.inTransaction(() -> sessions.ofUser("a"))).extracting(s -> s.id()).containsExactly(OTHER_SESSION);
    }

    @Test
    void concurrentRequestsOfOneSessionGetDistinctTaskNumbers() throws Exception {
        tx.run(() -> sessions.insert(SESSION, "a", 0));
        List<Integer> numbers = inParallel(20, i -> tx.inTransaction(() -> sessions.nextTaskNumber(SESSION)));

        assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
        assertThat(Collections.max(numbers)).isEqualTo(20);
    }

    // --- tasks

    @Test
    void taskIsVisibleToItsSessionOnly() {
        Task task = insertTask(SESSION, 1, 0);

        assertThat(tx.inTransaction(() -> tasks.find(SESSION, 1))).contains(task);
        assertThat(tx.inTransaction(() -> tasks.find(OTHER_SESSION, 1))).isEmpty();
        assertThat(tx.inTransaction(() -> tasks.ofSession(SESSION))).containsExactly(task);
        assertThat(task.state()).isEqualTo(TaskState.Running);
    }

    @Test
    void claimWaitsForTheTaskDelay() {
        insertTask(SESSION, 1, 500);

        assertThat(claim("a", 499)).isEmpty();
        assertThat(tx.inTransaction(tasks::nextRunAfter)).contains(500L);
        assertThat(claim("a", 500)).isPresent();
    }

    @Test
    void nextDueFindsTheOldestDueUnheldTaskAndTakesNoLease() throws SQLException {
        long first = insertTask(SESSION, 1, 500).id();
        long second = insertTask(OTHER_SESSION, 1, 0).id();

        // The second is due but waits behind the first (SPEC §8 B11).
        assertThat(tx.inTransaction(() -> tasks.nextDue(499))).isEmpty();
        TaskStore.Claim next = tx.inTransaction(() -> tasks.nextDue(500)).orElseThrow();
        assertThat(next.taskId()).isEqualTo(first);
        assertThat(next.operation()).isEqualTo("CreateCloudGateway");
        assertThat(next.payload()).isEqualTo("{\"host\":\"gw1\"}");
        assertThat(next.attempts()).isEqualTo(1);
        assertThat(column("select count(*) from task where lease_owner is not null or lease_until is not null", null)).isEqualTo("0");
        assertThat(column("select attempts from task where id = ?", first)).isEqualTo("1");

        // Held by a node's lease, it is not due until that lease has run out.
        assertThat(claim("a", 500)).get().extracting(TaskStore.Claim::attempts).isEqualTo(2);
        assertThat(tx.inTransaction(() -> tasks.nextDue(500 + LEASE - 1))).isEmpty();
        assertThat(tx.inTransaction(() -> tasks.nextDue(500 + LEASE + 1))).get().extracting(TaskStore.Claim::attempts).isEqualTo(3);

        tx.run(() -> tasks.finish(first, "node-z", true, "Ok", null, 600));
        assertThat(column("select finished_by from task where id = ?", first)).isEqualTo("node-z");
        assertThat(tx.inTransaction(() -> tasks.nextDue(600))).get().extracting(TaskStore.Claim::taskId).isEqualTo(second);
    }

    @Test
    void aCancelledTaskIsNeverDue() {
        long first = insertTask(SESSION, 1, 0).id();
        long second = insertTask(OTHER_SESSION, 1, 0).id();
        assertThat(tx.inTransaction(() -> tasks.delete(SESSION, 1))).isTrue();

        assertThat(tx.inTransaction(() -> tasks.nextDue(0))).get().extracting(TaskStore.Claim::taskId).isEqualTo(second).isNotEqualTo(first);
    }

    @Test
    void tasksAreClaimedOneAtATimeInArrivalOrder() {
        long first = insertTask(SESSION, 1, 0).id();
        long second = insertTask(OTHER_SESSION, 1, 0).id();

        assertThat(claim("a", 10)).get().extracting(TaskStore.Claim::taskId).isEqualTo(first);
        // The second waits until the first is finished, whoever asks (SPEC §8 B11).
        assertThat(claim("b", 20)).isEmpty();
        assertThat(tx.inTransaction(tasks::nextRunAfter)).contains(10 + LEASE);
        finish(first, "a");
        assertThat(claim("b", 30)).get().extracting(TaskStore.Claim::taskId).isEqualTo(second);
    }

    @Test
    void expiredLeaseIsTakenOverAndTheFormerHolderCanNoLongerFinish() {
        long id = insertTask(SESSION, 1, 0).id();
        assertThat(claim("a", 0)).get().extracting(TaskStore.Claim::attempts).isEqualTo(1);

        assertThat(claim("b", LEASE - 1)).isEmpty();
        TaskStore.Claim takeover = claim("b", LEASE + 1).orElseThrow();

        assertThat(takeover.attempts()).isEqualTo(2);
        assertThat(tx.inTransaction(() -> tasks.lockClaimed(id, "a"))).isEmpty();
        assertThat(tx.inTransaction(() -> tasks.renewLease(id, "a", 10 * LEASE))).isFalse();
        assertThat(tx.inTransaction(() -> tasks.lockClaimed(id, "b"))).isPresent();
    }

    @Test
    void renewedLeaseKeepsTheTaskFromOtherNodes() {
        long id = insertTask(SESSION, 1, 0).id();
        claim("a", 0).orElseThrow();

        assertThat(tx.inTransaction(() -> tasks.renewLease(id, "a", 3 * LEASE))).isTrue();

        assertThat(claim("b", 2 * LEASE)).isEmpty();
        assertThat(tx.inTransaction(tasks::nextRunAfter)).contains(3 * LEASE);
        assertThat(claim("b", 3 * LEASE + 1)).isPresent();
    }

    @Test
    void finishedTaskRecordsResultAndWhichNodeFinishedIt() throws SQLException {
        UUID related = UUID.randomUUID();
        long id = insertTask(SESSION, 1, 0).id();
        claim("node-a", 0).orElseThrow();
        tx.run(() -> tasks.lockClaimed(id, "node-a").ifPresent(c -> tasks.finish(id, "node-a", true, "Ok", related, 5)));

        Task done = tx.inTransaction(() -> tasks.find(SESSION, 1)).orElseThrow();
        assertThat(done.state()).isEqualTo(TaskState.Finished);
        assertThat(done.success()).isTrue();
        assertThat(done.message()).isEqualTo("Ok");
        assertThat(done.relatedId()).isEqualTo(related);
        assertThat(column("select finished_by from task where id = ?", id)).isEqualTo("node-a");
        assertThat(claim("node-b", 10 * LEASE)).isEmpty();
        assertThat(tx.inTransaction(() -> tasks.renewLease(id, "node-a", 10 * LEASE))).isFalse();
        assertThat(tx.inTransaction(tasks::nextRunAfter)).isEmpty();
    }

    @Test
    void deletedTaskIsCancelled() {
        long id = insertTask(SESSION, 1, 0).id();
        claim("a", 0).orElseThrow();

        assertThat(tx.inTransaction(() -> tasks.delete(SESSION, 1))).isTrue();

        assertThat(tx.inTransaction(() -> tasks.lockClaimed(id, "a"))).isEmpty();
        assertThat(tx.inTransaction(() -> tasks.find(SESSION, 1))).isEmpty();
    }

    @Test
    void endedSessionHidesItsTasksButRunningOnesStillRunAndThenVanish() throws SQLException {
        long done = insertTask(SESSION, 1, 0).id();
        claim("a", 0).orElseThrow();
        finish(done, "a");
        long running = insertTask(SESSION, 2, 0).id();

        tx.run(() -> tasks.forgetSession(SESSION));

        assertThat(tx.inTransaction(() -> tasks.ofSession(SESSION))).isEmpty();
        TaskStore.Claim claim = claim("a", 1).orElseThrow();
        assertThat(claim.taskId()).isEqualTo(running);
        assertThat(claim.forgotten()).isTrue();
        finish(running, "a");
        assertThat(column("select count(*) from task", null)).isEqualTo("0");
    }

    @Test
    void releasingAllLeasesMakesClaimedTasksClaimableAtOnce() {
        insertTask(SESSION, 1, 0);
        claim("a", 0).orElseThrow();

        assertThat(tx.inTransaction(tasks::releaseAllLeases)).isEqualTo(1);

        assertThat(claim("b", 1)).get().extracting(TaskStore.Claim::attempts).isEqualTo(2);
    }

    @Test
    void competingRunnersFinishEveryTaskExactlyOnceInOrder() throws Exception {
        for (int i = 1; i <= 30; i++) {
            insertTask(SESSION, i, 0);
        }
        List<Long> finishedOrder = Collections.synchronizedList(new ArrayList<>());
        Map<Long, String> finishedBy = new ConcurrentHashMap<>();
        inParallel(4, runner -> {
            String owner = "runner-" + runner;
            int idle = 0;
            while (idle < 20) {
                Optional<TaskStore.Claim> claim = tx.inTransaction(() -> tasks.claimNext(owner, 1, 1 + LEASE));
                if (claim.isEmpty()) {
                    idle++;
                    Thread.sleep(5);
                    continue;
                }
                idle = 0;
                long id = claim.get().taskId();
                tx.run(() -> tasks.lockClaimed(id, owner).ifPresent(c -> {
                    finishedOrder.add(id);
                    tasks.finish(id, owner, true, "Ok", null, 2);
                }));
                assertThat(finishedBy.putIfAbsent(id, owner)).isNull();
            }
            return null;
        });

        assertThat(finishedOrder).hasSize(30).isSorted().doesNotHaveDuplicates();
        assertThat(column("select count(*) from task where attempts <> 1 or state <> 'Finished'", null)).isEqualTo("0");
    }

    // --- backup servers, gateways and text

    @Test
    void aBackupServerIsFoundByNameInAnyCaseTheFirstMadeWinning() {
        UUID first = UUID.randomUUID();
        tx.run(() -> {
            infrastructure.add(new BackupServer(UUID.randomUUID(), "vbr-other.tech.local", "", 9392, "13", null, null, null, true));
            infrastructure.add(new BackupServer(first, "VBR-Site.tech.local", "", 9392, "13", null, null, null, true));
            infrastructure.add(new BackupServer(UUID.randomUUID(), "vbr-site.TECH.local", "", 9392, "13", null, null, null, true));
        });

        assertThat(tx.inTransaction(() -> infrastructure.backupServerNamed("vbr-site.tech.LOCAL"))).map(BackupServer::id).contains(first);
        assertThat(tx.inTransaction(() -> infrastructure.backupServerByIdOrName(" vbr-site.tech.local "))).map(BackupServer::id).contains(first);
        assertThat(tx.inTransaction(() -> infrastructure.backupServerNamed("vbr-site"))).isEmpty();
        assertThat(tx.inTransaction(() -> infrastructure.backupServerNamed("vbr-site.tech.loca_"))).isEmpty();
    }

    @Test
    void databaseRefusesASecondGatewayOnOneManagedServer() {
        UUID backupServer = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        tx.run(() -> {
            infrastructure.add(new BackupServer(backupServer, "vbr", "", 9392, "13", null, null, null, true));
            infrastructure.add(new ManagedServer(host, backupServer, "gw01", "", ManagedServerType.Windows, null));
            gateways.insert(gateway(backupServer, host));
        });

        assertThatThrownBy(() -> tx.run(() -> gateways.insert(gateway(backupServer, host))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isUniqueViolation()).isTrue());
        assertThat(tx.inTransaction(gateways::all)).hasSize(1);
    }

    @Test
    void textSortsByCodePoint() {
        List<String> names = List.of("b", "B", "a", "_x", "Z", "é", "10", "9", "A b", "Ab");
        tx.run(() -> names.forEach(n -> accounts.add(new Account(n, "hash", Role.PORTAL_ADMINISTRATOR))));

        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertThat(tx.inTransaction(accounts::accounts)).extracting(Account::name).containsExactlyElementsOf(sorted);
    }

    @Test
    void migratingAgainChangesNothing() {
        tx.run(() -> sessions.insert(SESSION, "a", 0));

        Database.migrate(database.dataSource(), database.dialect());

        assertThat(tx.inTransaction(() -> sessions.find(SESSION))).isPresent();
    }

    // --- helpers

    static final long LEASE = 1000;

    Task insertTask(UUID session, int number, long runAfter) {
        return tx.inTransaction(() -> tasks.insert(session, number, "CreateCloudGateway", "{\"host\":\"gw" + number + "\"}", 0, runAfter));
    }

    Optional<TaskStore.Claim> claim(String owner, long now) {
        return tx.inTransaction(() -> tasks.claimNext(owner, now, now + LEASE));
    }

    void finish(long id, String owner) {
        tx.run(() -> tasks.lockClaimed(id, owner).ifPresent(c -> tasks.finish(id, owner, true, "Ok", null, 0)));
    }

    String column(String sql, Object arg) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (arg != null) {
                s.setObject(1, arg);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Gateway gateway(UUID backupServer, UUID host) {
        return new Gateway(UUID.randomUUID(), backupServer, host, "gw01", true, NetworkMode.Direct, "10.0.0.1", 6180, 6180, "");
    }

    @FunctionalInterface
    interface Work<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code n} copies of {@code work} at once (released together) and returns their results. */
    static <T> List<T> inParallel(int n, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

}
