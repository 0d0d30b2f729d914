package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;

/**
 * {@code Domain} of an Active Directory tenant create (SPEC-tenants §6.2 #23). {@code domainAccount} is
 * the account that reads the directory, as sent; it is never shown again (T-A27).
 */
public record DomainSpec(String domainName, String domainAccount, int port) {
    public static final int DEFAULT_PORT = 389;

    /** Null fields stay null here; S16 judges them for AD tenants only (others ignore the element). */
    record Bound(String domainName, String domainAccount, Integer port) {
        boolean complete() {
            return !Values.blank(domainName) && !Values.blank(domainAccount) && (port == null || port >= 1 && port <= 65535);
        }

        DomainSpec spec() {
            return new DomainSpec(domainName.trim(), domainAccount.trim(), port == null ? DEFAULT_PORT : port);
        }
    }

    static Bound bind(BodyNode node) {
        return new Bound(
                Values.text(node, "DomainName"),
                // JSON alias DomainAccout (post_tenants.md, T-A4)
                Values.text(node, "DomainAccount", "DomainAccout"),
                dev.cloudgate.wire.Fields.integer(node, "Port"));
    }
}
