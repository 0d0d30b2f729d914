package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.auth.Passwords;
import dev.cloudgate.server.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * Users come from the seed with salted slow hashes made by {@code cloudgate hash-password}
 * (docs/users.md); repeated failed logons lock the account for a while, answered like bad credentials.
 */
class UserAccountsAcceptanceTest {
    static final String NEW_USER = "LAB\\new.admin";
    static final String NEW_PASSWORD = "s3cret with spaces & ümlauts";
    /** The lockout ends when the test moves this clock, not after a real wait. */
    static final TestClock CLOCK = new TestClock();
    static String hash;
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(UserAccountsAcceptanceTest::settings, CLOCK);

    /** A seed whose administrator has a hash made by the launcher's hash-password command. */
    static Map<String, String> settings() throws Exception {
        hash = hashPasswordCommand(NEW_PASSWORD + "\n");
        Path seed = Files.createTempFile("cloudgate-seed", ".yaml");
        Files.writeString(seed, """
                backupServers:
                  - id: 8ea5406b-a6e9-42d9-bca5-44b6a5d94af1
                    name: vbr01.lab.local
                users:
                  - { name: 'LAB\\new.admin', role: Portal Administrator, passwordHash: '%s' }
                  - { name: 'LAB\\other', role: Restore Operator, password: 'Other' }
                """.formatted(hash));
        return Map.of("seed", seed.toString(), "logon-lockout-failures", "3", "logon-lockout", "1500ms");
    }

    @Test
    void hashPasswordPrintsASaltedSlowHashThatTheSeedAccepts() throws Exception {
        assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain(NEW_PASSWORD);
        assertThat(Passwords.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(hashPasswordCommand(NEW_PASSWORD + "\n")).as("salted: a new hash each time").isNotEqualTo(hash);
        Api.Response r = logon(NEW_USER, NEW_PASSWORD);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).contains("<UserName>LAB\\new.admin</UserName>");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileAndOnlyThatAccount() throws Exception {
        try (LogCapture log = new LogCapture()) {
            Api.Response wrong = logon("LAB\\other", "wrong");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(logon("LAB\\other", "wrong again").status()).isEqualTo(401);
            assertThat(logon("other", "still wrong").status()).isEqualTo(401);
            // Locked: the right password is refused exactly like a wrong one.
            Api.Response locked = logon("LAB\\other", "Other");
            assertThat(locked.status()).isEqualTo(401);
            assertThat(locked.body()).isEqualTo(wrong.body());
            assertThat(locked.header("WWW-Authenticate")).isEqualTo("Basic Realm=RestSvc");
            // Another account is not affected.
            assertThat(logon(NEW_USER, NEW_PASSWORD).status()).isEqualTo(201);
            assertThat(log.audit()).anyMatch(l -> l.contains("op=LockAccount") && l.contains("user=LAB\\other"));
            assertThat(log.lines(l -> l.contains("WARN") && l.contains("locked"))).isNotEmpty();
            assertThat(log.text()).doesNotContain("wrong again", "still wrong", "Other\"");
        }
        CLOCK.advance(Duration.ofMillis(1600));
        assertThat(logon("LAB\\other", "Other").status()).isEqualTo(201);
    }

    @Test
    void unknownUsersAndMalformedCredentialsAre401() {
        assertThat(logon("LAB\\nobody", "x").status()).isEqualTo(401);
        Api.Response r = server.api().send("POST", "/sessionMngr/?v=latest", null, null, Map.of("Authorization", "Basic !!!"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body()).contains("StatusCode=\"401\"");
    }

    private static Api.Response logon(String user, String password) {
        return server.api().send("POST", "/sessionMngr/?v=latest", null, null, Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }

    /** Runs {@code cloudgate hash-password} with {@code stdin} piped in; returns what it printed. */
    static String hashPasswordCommand(String stdin) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Main()).execute("hash-password");
            assertThat(code).isZero();
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8).trim();
    }
}
