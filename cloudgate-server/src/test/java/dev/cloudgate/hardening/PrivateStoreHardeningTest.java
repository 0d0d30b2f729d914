package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 3: the embedded store's directory is 0700 and every file in it 0600, whatever the
 * umask: a data directory made 0755 with a 0644 file in it, as umask 022 leaves them, is made private.
 */
class PrivateStoreHardeningTest {
    @Test
    void theDataDirectoryAndEveryFileInItArePrivate() throws Exception {
        Path parent = Files.createTempDirectory("cloudgate-private");
        Path data = parent.resolve("data");
        Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path stray = data.resolve("cloudgate.trace.db");
        Files.writeString(stray, "left by an earlier run");
        Files.setPosixFilePermissions(stray, PosixFilePermissions.fromString("rw-r--r--"));
        try (RunningServer server = RunningServer.start(Map.of("data", data.toString(), "https-port", "0"))) {
            Api api = server.api().logon();
            assertThat(api.get("/cloud/gateways").status()).isEqualTo(200);
            assertPrivate(data);
        }
        assertPrivate(data);
    }

    private static void assertPrivate(Path data) throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> all = Files.walk(data)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty().anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
        }
    }
}
