package dev.cloudgate.auth;

import java.util.Locale;
import java.util.Optional;

/** The three EM roles of SPEC §2.5; the vendor's restore-operator flavours count as one. */
public enum Role {
    PORTAL_ADMINISTRATOR("Portal Administrator"),
    PORTAL_USER("Portal User"),
    RESTORE_OPERATOR("Restore Operator");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether this role may see the backup infrastructure and Cloud Connect (SPEC §2.5). */
    public boolean seesInfrastructure() {
        return this != RESTORE_OPERATOR;
    }

    /** Accepts "Portal Administrator", "PortalAdministrator", "portal_administrator" and the like. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.title.replace(" ", "").toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(role);
            }
        }
        if (key.endsWith("restoreoperator")) {
            return Optional.of(RESTORE_OPERATOR);
        }
        return Optional.empty();
    }
}
