package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * The entry document {@code GET /api/} (SPEC §5.1), readable without logging on.
 *
 * @param supportedVersions the API versions the server accepts at logon, oldest first
 * @param links             its links (logon sessions, logon)
 */
public record EntryPoint(List<String> supportedVersions, List<Link> links) {
    /** Copies the lists. */
    public EntryPoint {
        supportedVersions = List.copyOf(supportedVersions);
        links = List.copyOf(links);
    }

    static EntryPoint from(Doc d) {
        return new EntryPoint(d.items("SupportedVersions", "SupportedVersion").stream().map(v -> v.text("Name")).toList(), d.links());
    }
}
