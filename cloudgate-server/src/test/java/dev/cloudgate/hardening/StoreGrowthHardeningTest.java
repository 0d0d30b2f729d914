package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16, finding 8: the embedded store stays small while the server runs, not only after a clean stop. */
class StoreGrowthHardeningTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void twoThousandLogonsAndLogoutsKeepTheStoreUnder20MiB() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-growth").resolve("data");
        try (RunningServer server = RunningServer.start(Map.of("data", data.toString()))) {
            Path file = data.resolve("cloudgate.mv.db");
            long start = Files.size(file);
            long largest = start;
            for (int i = 0; i < 2000; i++) {
                Api api = server.api().logon();
                assertThat(api.delete("/logonSessions/" + new String(java.util.Base64.getDecoder().decode(api.token()))).status())
                        .isEqualTo(204);
                if (i % 100 == 99) {
                    largest = Math.max(largest, Files.size(file));
                }
            }
            largest = Math.max(largest, Files.size(file));
            System.out.printf("store after 2000 logon+logout cycles: start %d KiB, largest %d KiB%n", start / 1024, largest / 1024);
            assertThat(largest).as("largest size of the store file while running, bytes").isLessThan(20 * MIB);
        }
    }
}
