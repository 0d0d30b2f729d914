package dev.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.server.Config;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a process writing to the embedded store, at random moments while it commits and compacts:
 * every commit that returned before the kill is in the store when it is opened again (acknowledged
 * writes survive a killed process).
 *
 * <p>H2 reuses the space of a freed chunk only once the chunk is older than the store's retention time, and
 * the moments after reuse begins are the dangerous ones (with a 1 s retention, 1 round in 3 to 9 lost answered
 * commits). So a round runs up to twice the retention and more before its kill: a round shorter than the
 * retention would never see a chunk reused and prove nothing about it.
 */
class EmbeddedStoreKillTest {
    private static final Duration BUDGET = Duration.ofSeconds(Integer.getInteger("kill.budget.seconds", 30));

    @Test
    void everyCommitThatReturnedSurvivesKillNine() throws Exception {
        long end = System.nanoTime() + BUDGET.toNanos();
        int rounds = 0;
        while (System.nanoTime() < end || rounds < 3) {
            rounds++;
            Path data = Files.createTempDirectory("cloudgate-kill");
            long last = runAndKill(data);
            if (last < 0) {
                continue;
            }
            try (Database database = Database.open(System.getProperty("kill.url.options") == null
                            ? Config.defaults().with("data", data.toString()).effectiveJdbcUrl()
                            : "jdbc:h2:file:" + data.toAbsolutePath().resolve("cloudgate") + System.getProperty("kill.url.options"), "sa", "", 2);
                    Connection c = database.dataSource().getConnection();
                    PreparedStatement max = c.prepareStatement("select coalesce(max(created_at), -1) from logon_session");
                    ResultSet rs = max.executeQuery()) {
                rs.next();
                // One writer commits sessions in order, so the newest in the store tells which commits survived.
                assertThat(rs.getLong(1)).as("round %d: newest session in the store, against the last one committed before kill -9", rounds)
                        .isGreaterThanOrEqualTo(last);
            }
        }
        System.out.println("kill -9 rounds survived: " + rounds);
    }

    /**
     * Starts the child, lets it commit for a random time up to twice the store's retention and 2 s more, kills it;
     * the number of the last session it reported committed, or -1.
     */
    private static long runAndKill(Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                StoreKillChild.class.getName(), data.toString(), Integer.getInteger("kill.compact.millis", 2000).toString()));
        if (System.getProperty("kill.url.options") != null) {
            command.add(System.getProperty("kill.url.options"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long last = -1;
        String lastLine = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long killAt = Long.MAX_VALUE;
            int millis = 5000;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("store ")) {
                    System.out.println(line);
                    int retention = Integer.parseInt(line.substring(line.indexOf("retention=") + "retention=".length()).trim());
                    millis = ThreadLocalRandom.current().nextInt(50, Math.min(2 * retention + 2000, 20_000));
                }
                if (line.equals("ready")) {
                    killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
                } else if (line.startsWith("committed ")) {
                    last = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                    lastLine = line;
                    if (System.nanoTime() >= killAt) {
                        // The id read last was committed; the kill lands while later commits are under way.
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        System.out.println("killed after " + lastLine);
        return last;
    }
}
