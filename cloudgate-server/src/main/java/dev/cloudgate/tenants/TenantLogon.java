package dev.cloudgate.tenants;

import java.util.Objects;
import java.util.UUID;

/**
 * How a tenant logs on, one of the three {@code TenantType} choices of SPEC-tenants §4.2. The
 * standalone tenant's user name and the AD tenant's account are the tenant's {@code Name}.
 */
public sealed interface TenantLogon {

    TenantType type();

    /** {@code StandaloneTenant → TenantCredentials → Username}. */
    record Standalone() implements TenantLogon {
        public static final Standalone INSTANCE = new Standalone();

        @Override
        public TenantType type() {
            return TenantType.Standalone;
        }
    }

    /** {@code vCloudTenant}: the seeded organization the tenant is named after (§1.4, §7.3). */
    record Vcd(String organizationName, String organizationRef) implements TenantLogon {
        public Vcd {
            Objects.requireNonNull(organizationName);
            Objects.requireNonNull(organizationRef);
        }

        @Override
        public TenantType type() {
            return TenantType.vCD;
        }
    }

    /**
     * {@code ADTenantType}: {@code domainAccountId} stands for the stored LDAP credentials and is shown
     * instead of the account name that was sent (T-A27).
     */
    record ActiveDirectory(String domainName, UUID domainAccountId, int port) implements TenantLogon {
        public ActiveDirectory {
            Objects.requireNonNull(domainName);
            Objects.requireNonNull(domainAccountId);
        }

        @Override
        public TenantType type() {
            return TenantType.ActiveDirectory;
        }
    }
}
