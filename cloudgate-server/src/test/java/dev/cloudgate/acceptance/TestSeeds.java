package dev.cloudgate.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Seed files (format: seed/Seed.java, docs/seed.md) for tests that need more hosts than the demo. */
public final class TestSeeds {
    public static final String BACKUP_SERVER = "8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";

    private TestSeeds() {
    }

    /** One backup server with Windows hosts {@code host-000} … {@code host-<n-1>}, and the demo administrator. */
    public static Path withHosts(int n) {
        StringBuilder yaml = new StringBuilder("""
                backupServers:
                  - id: %s
                    name: vbr01.tech.local
                    cloudConnect: true
                    managedServers:
                """.formatted(BACKUP_SERVER));
        for (int i = 0; i < n; i++) {
            yaml.append("      - { name: ").append(host(i)).append(", type: Windows, ip: 10.1.%d.%d }\n".formatted(i / 250, i % 250 + 1));
        }
        // The demo seed's hash of "Password": hashing it anew would cost every node's start a PBKDF2 run.
        yaml.append("users:\n  - { name: 'TECH\\Administrator', role: Portal Administrator,"
                + " passwordHash: 'pbkdf2-sha256$210000$dT7W/aRDJz7URbeTbGKOKw==$Ft178MKRS0mD8GK36z0zEUeGLrZyrq/gf7eQHTKTQrY=' }\n");
        try {
            Path file = Files.createTempFile("cloudgate-seed", ".yaml");
            Files.writeString(file, yaml);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String host(int i) {
        return "host-%03d".formatted(i);
    }

    /** The JSON body that asks for a Direct gateway on {@code host}. */
    public static String createGateway(String host) {
        return "{\"BackupServerUid\":\"urn:veeam:BackupServer:" + BACKUP_SERVER + "\",\"ServerHostName\":\"" + host + "\"}";
    }
}
