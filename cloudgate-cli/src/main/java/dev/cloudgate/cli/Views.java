package dev.cloudgate.cli;

import dev.cloudgate.client.BackupResource;
import dev.cloudgate.client.BackupServer;
import dev.cloudgate.client.Gateway;
import dev.cloudgate.client.GatewayPool;
import dev.cloudgate.client.ManagedServer;
import dev.cloudgate.client.Ref;
import dev.cloudgate.client.Repository;
import dev.cloudgate.client.Task;
import dev.cloudgate.client.Tenant;
import dev.cloudgate.client.WanAccelerator;
import dev.cloudgate.wire.Link;
import java.util.Map;

/** How each kind of record looks in a table and on its own. */
final class Views {
    private Views() {
    }

    static Table<Gateway> gateways() {
        return new Table<Gateway>()
                .column("ID", Gateway::id)
                .column("NAME", Gateway::name)
                .column("ENABLED", Gateway::enabled)
                .column("MODE", Gateway::networkMode)
                .column("EXTERNAL", g -> g.externalIp() + ":" + g.externalPort())
                .column("INTERNAL PORT", Gateway::internalPort)
                .column("BACKUP SERVER", Gateway::backupServerName)
                .column("POOLS", g -> String.join(", ", g.poolNames()));
    }

    static Map<String, Object> gateway(Gateway g) {
        Map<String, Object> f = Output.fields();
        f.put("Name", g.name());
        f.put("ID", g.id());
        f.put("UID", g.uid());
        f.put("Backup server", g.backupServerName());
        f.put("Enabled", g.enabled());
        f.put("Network mode", g.networkMode());
        f.put("External IP", g.externalIp());
        f.put("External port", g.externalPort());
        f.put("Internal port", g.internalPort());
        f.put("Description", g.description());
        f.put("Pools", String.join(", ", g.poolNames()));
        return f;
    }

    static Table<GatewayPool> pools() {
        return new Table<GatewayPool>()
                .column("ID", GatewayPool::id)
                .column("NAME", GatewayPool::name)
                .column("GATEWAYS", p -> p.gatewayUids().size())
                .column("TENANTS", p -> p.tenantUids().size())
                .column("BACKUP SERVER", GatewayPool::backupServerName)
                .column("DESCRIPTION", GatewayPool::description);
    }

    static Map<String, Object> pool(GatewayPool p) {
        Map<String, Object> f = Output.fields();
        f.put("Name", p.name());
        f.put("ID", p.id());
        f.put("UID", p.uid());
        f.put("Backup server", p.backupServerName());
        f.put("Description", p.description());
        f.put("Gateways", String.join(", ", p.gatewayUids()));
        f.put("Tenants", String.join(", ", p.tenantUids()));
        return f;
    }

    static Table<Tenant> tenants() {
        return new Table<Tenant>()
                .column("ID", Tenant::id)
                .column("NAME", Tenant::name)
                .column("TYPE", Tenant::type)
                .column("ENABLED", Tenant::enabled)
                .column("LEASE", t -> lease(t.lease()))
                .column("QUOTAS", t -> t.resources().size())
                .column("POOLS", t -> t.gatewayPoolUids().size())
                .column("BACKUP SERVER", Tenant::backupServerName)
                .column("DESCRIPTION", Tenant::description);
    }

    /** A tenant on its own; it has no password to show (SPEC-tenants §2.4). */
    static Map<String, Object> tenant(Tenant t) {
        Map<String, Object> f = Output.fields();
        f.put("Name", t.name());
        f.put("ID", t.id());
        f.put("UID", t.uid());
        f.put("Type", t.type());
        f.put("Backup server", t.backupServerName());
        f.put("Enabled", t.enabled());
        f.put("Description", t.description());
        f.put("Lease", lease(t.lease()));
        f.put("Throttling", t.throttling().enabled() ? t.throttling().speedLimit() + " " + t.throttling().unit() : "off");
        f.put("Max concurrent tasks", t.maxConcurrentTasks());
        f.put("Backup protection", t.backupProtection().enabled() ? t.backupProtection().periodDays() + " days" : "off");
        f.put("Public IPs", t.publicIpCount());
        f.put("Last result", t.lastResult());
        f.put("Last active", t.lastActive());
        f.put("Backups", t.counters().backups());
        f.put("Replicas", t.counters().replicas());
        f.put("Pools", String.join(", ", t.gatewayPoolUids()));
        f.put("Failover to other gateways", t.gatewayPoolUids().isEmpty() ? null : t.failoverToOtherGateways());
        int n = 0;
        for (BackupResource r : t.resources()) {
            f.put("Quota " + ++n, quota(r));
        }
        return f;
    }

    static Table<BackupResource> quotas() {
        return new Table<BackupResource>()
                .column("ID", BackupResource::id)
                .column("NAME", BackupResource::displayName)
                .column("REPOSITORY", r -> Ids.bare(r.repositoryUid()))
                .column("QUOTA MB", BackupResource::quotaMb)
                .column("USED MB", BackupResource::usedQuotaMb)
                .column("WAN ACCELERATOR", r -> r.wanAcceleratorUid() == null ? "" : Ids.bare(r.wanAcceleratorUid()));
    }

    static Table<Repository> repositories() {
        return new Table<Repository>()
                .column("ID", Repository::id)
                .column("NAME", Repository::name)
                .column("KIND", Repository::kind)
                .column("CAPACITY GB", r -> r.capacityBytes() == null ? null : r.capacityBytes() / (1L << 30))
                .column("FREE GB", r -> r.freeBytes() == null ? null : r.freeBytes() / (1L << 30))
                .column("BACKUP SERVER", Repository::backupServerName);
    }

    static Table<WanAccelerator> wanAccelerators() {
        return new Table<WanAccelerator>()
                .column("ID", WanAccelerator::id)
                .column("NAME", WanAccelerator::name)
                .column("CACHE GB", WanAccelerator::cacheCapacityGb)
                .column("PORT", WanAccelerator::trafficPort)
                .column("BACKUP SERVER", WanAccelerator::backupServerName)
                .column("DESCRIPTION", WanAccelerator::description);
    }

    private static String lease(Tenant.Lease lease) {
        return !lease.enabled() ? "none" : lease.expiration() == null ? "enabled" : "until " + lease.expiration();
    }

    private static String quota(BackupResource r) {
        return r.displayName() + ": " + r.quotaMb() + " MB (" + r.usedQuotaMb() + " used) on repository " + Ids.bare(r.repositoryUid())
                + ", id " + r.id();
    }

    static Table<Task> tasks() {
        return new Table<Task>()
                .column("TASK", Task::taskId)
                .column("OPERATION", Task::operation)
                .column("STATE", Task::state)
                .column("RESULT", Views::result);
    }

    static Map<String, Object> task(Task t) {
        Map<String, Object> f = Output.fields();
        f.put("Task", t.taskId());
        f.put("Operation", t.operation());
        f.put("State", t.state());
        f.put("Result", result(t));
        f.put("Related", t.related().map(Link::href).orElse(null));
        return f;
    }

    static String result(Task t) {
        if (!t.finished()) {
            return "";
        }
        return (t.succeeded() ? "Success: " : "Failed: ") + t.message();
    }

    static Table<BackupServer> backupServers() {
        return new Table<BackupServer>()
                .column("ID", BackupServer::id)
                .column("NAME", BackupServer::name)
                .column("VERSION", BackupServer::version)
                .column("PORT", BackupServer::port)
                .column("DESCRIPTION", BackupServer::description);
    }

    static Map<String, Object> backupServer(BackupServer s) {
        Map<String, Object> f = Output.fields();
        f.put("Name", s.name());
        f.put("ID", s.id());
        f.put("UID", s.uid());
        f.put("Description", s.description());
        f.put("Port", s.port());
        f.put("Version", s.version());
        f.put("WCF port", s.wcfPort());
        f.put("Certificate thumbprint", s.certificateThumbprint());
        return f;
    }

    static Table<ManagedServer> managedServers() {
        return new Table<ManagedServer>()
                .column("ID", ManagedServer::id)
                .column("NAME", ManagedServer::name)
                .column("TYPE", ManagedServer::type)
                .column("BACKUP SERVER", ManagedServer::backupServerName)
                .column("DESCRIPTION", ManagedServer::description);
    }

    static Map<String, Object> managedServer(ManagedServer m) {
        Map<String, Object> f = Output.fields();
        f.put("Name", m.name());
        f.put("ID", m.id());
        f.put("UID", m.uid());
        f.put("Type", m.type());
        f.put("Backup server", m.backupServerName());
        f.put("Description", m.description());
        return f;
    }

    static Table<Ref> refs() {
        return new Table<Ref>()
                .column("ID", Ref::id)
                .column("NAME", Ref::name)
                .column("TYPE", Ref::type)
                .column("BACKUP SERVER", r -> r.links().stream().filter(l -> l.rel().equals("Up")).map(Link::name).findFirst().orElse(""));
    }
}
