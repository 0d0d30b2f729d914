package dev.cloudgate.wire.tenants;

/** {@code DELETE /cloud/tenants/{id}?includeBackups=…} (SPEC-tenants §6.4, T-A28). */
public final class TenantDeletion {
    private TenantDeletion() {
    }

    /** The flag's value: absent is false; {@code true}/{@code false} in any case; anything else is S31. */
    public static boolean includeBackups(String value) {
        if (value == null) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw Values.invalid("includeBackups must be true or false.");
    }
}
