package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.RunningServer;
import dev.cloudgate.auth.Passwords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/users.md, "Adding a user", as a user follows it: the hash from {@code cloudgate hash-password}, a seed, a logon. */
class CliHashPasswordAcceptanceTest {
    static final String PASSWORD = "s3cret with spaces & ümlauts";

    @Test
    void theLaunchersHashPasswordMakesAHashASeedUserLogsOnWith(@TempDir Path home) throws Exception {
        CliProcess cli = new CliProcess("http://127.0.0.1:1/api", home);
        CliProcess.Result hashed = cli.runWithInput(PASSWORD + "\n", "hash-password");
        assertThat(hashed.exit()).as(hashed.toString()).isZero();
        String hash = hashed.out().trim();
        assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain(PASSWORD);
        assertThat(Passwords.matches(PASSWORD, hash)).isTrue();

        Path seed = home.resolve("my-seed.yaml");
        Files.writeString(seed, """
                backupServers:
                  - id: 8ea5406b-a6e9-42d9-bca5-44b6a5d94af1
                    name: vbr01.lab.local
                users:
                  - { name: 'LAB\\new.admin', role: Portal Administrator, passwordHash: '%s' }
                """.formatted(hash));
        try (RunningServer server = RunningServer.start(Map.of("seed", seed.toString()))) {
            CliProcess.Result login = new CliProcess(server.base(), home).run("login", "--user", "LAB\\new.admin", "--password", PASSWORD);
            assertThat(login.exit()).as(login.toString()).isZero();
        }
    }

    @Test
    void noPasswordIsRefused(@TempDir Path home) {
        CliProcess.Result empty = new CliProcess("http://127.0.0.1:1/api", home).runWithInput("", "hash-password");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("no password given");
    }
}
