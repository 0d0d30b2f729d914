package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A logon session (SPEC §5.2, §5.3).
 *
 * @param href      the session's Href; DELETE on it logs out
 * @param userName  the canonical user name, e.g. {@code TECH\Administrator}
 * @param sessionId the session's UUID
 * @param links     the links the session's role may follow
 */
public record LogonSession(String href, String userName, String sessionId, List<Link> links) {
    /** Copies {@code links}. */
    public LogonSession {
        links = List.copyOf(links);
    }

    static LogonSession from(Doc d) {
        return new LogonSession(d.text("Href"), d.text("UserName"), d.text("SessionId"), d.links());
    }
}
