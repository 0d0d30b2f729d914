package dev.cloudgate.wire.tenants;

/** The tenant settings' ranges (SPEC-tenants T-A25) with the messages of §7.1 S9–S12; null is "not sent". */
final class Limits {
    private Limits() {
    }

    static void throttlingSpeedLimit(Integer value) {
        if (value != null && value < 1) {
            throw Values.invalid("ThrottlingSpeedLimit must be at least 1.");
        }
    }

    static void throttlingSpeedUnit(String value) {
        if (value != null && ThrottlingUnit.parse(value).isEmpty()) {
            throw Values.invalid("ThrottlingSpeedUnit must be one of Mbps, KBps, MBps.");
        }
    }

    static void maxConcurrentTasks(Integer value) {
        if (value != null && (value < 1 || value > CreateCloudTenantSpec.MAX_CONCURRENT_TASKS)) {
            throw Values.invalid("MaxConcurrentTasks must be between 1 and 10000.");
        }
    }

    static void backupProtectionPeriod(Integer value) {
        if (value != null && (value < 1 || value > CreateCloudTenantSpec.MAX_PROTECTION_DAYS)) {
            throw Values.invalid("BackupProtectionPeriod must be between 1 and 99.");
        }
    }
}
