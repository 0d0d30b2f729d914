package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.auth.Role;

/** Who may call a route (SPEC §2.5), checked before the body is read (§8 B21). */
public enum Access {
    /** No logon needed: the entry point and logon itself. */
    PUBLIC,
    /** Any logged-on role. */
    ANY,
    /** Backup servers, managed servers and Cloud Connect: not for Restore Operators. */
    INFRASTRUCTURE,
    /** Writes to backup servers (documented, out of slice): Portal Administrators only. */
    ADMINISTRATOR,
    /** The control API: its handler checks the admin token before any route is looked up; no logon session. */
    CONTROL;

    void check(LogonSession session) {
        if (this == PUBLIC || this == ANY || this == CONTROL) {
            return;
        }
        Role role = session.role();
        boolean allowed = switch (this) {
            case INFRASTRUCTURE -> role.seesInfrastructure();
            case ADMINISTRATOR -> role == Role.PORTAL_ADMINISTRATOR;
            default -> true;
        };
        if (!allowed) {
            throw Failure.forbidden();
        }
    }
}
