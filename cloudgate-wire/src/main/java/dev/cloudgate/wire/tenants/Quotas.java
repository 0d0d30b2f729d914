package dev.cloudgate.wire.tenants;

import java.util.UUID;

/** Subtenant quota rules shared by create and edit (SPEC-tenants §7.1 S19, S25). */
final class Quotas {
    private Quotas() {
    }

    static void check(Long quotaMb) {
        if (quotaMb == null || quotaMb < Values.MIN_QUOTA_MB || quotaMb > Values.MAX_QUOTA_MB) {
            throw Values.invalid("QuotaMb must be between 1024 and 2147483647.");
        }
    }

    static UUID tenantResourceId(String text) {
        return UidRef.parseUuid(text).orElseThrow(() -> Values.invalid("TenantResourceId must be a UUID."));
    }
}
