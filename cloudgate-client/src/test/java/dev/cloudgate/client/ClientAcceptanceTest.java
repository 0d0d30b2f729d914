package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import dev.cloudgate.wire.MediaFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against a real server: every endpoint it serves, in both wire formats. */
class ClientAcceptanceTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    static CloudgateClient client(MediaFormat format) {
        return CloudgateClient.builder(server.base()).format(format).build();
    }

    static CloudgateClient admin(MediaFormat format) {
        CloudgateClient client = client(format);
        client.logon(Api.ADMIN, Api.PASSWORD);
        return client;
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void entryPointNeedsNoLogonAndListsTheSupportedVersions(MediaFormat format) {
        EntryPoint entry = client(format).entryPoint();
        assertThat(entry.supportedVersions()).containsExactly("v1_5", "v1_6", "v1_7");
        assertThat(entry.links()).anySatisfy(l -> assertThat(l.href()).isEqualTo(server.base() + "/sessionMngr/?v=latest"));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void logonKeepsTheTokenAndTheCurrentSessionComesFirst(MediaFormat format) {
        CloudgateClient client = client(format);
        LogonSession session = client.logon("administrator", Api.PASSWORD);
        assertThat(session.userName()).isEqualTo(Api.ADMIN);
        assertThat(client.token()).hasSize(48);
        assertThat(client.currentSession().sessionId()).isEqualTo(session.sessionId());
        assertThat(client.logonSession(session.sessionId()).href()).isEqualTo(session.href());

        client.logout();
        assertThat(client.token()).isNull();
        CloudgateClient stale = CloudgateClient.builder(server.base()).format(format).token(tokenOf(session)).build();
        assertThatThrownBy(stale::gateways).isInstanceOf(UnauthorizedException.class);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void wrongPasswordIsA401WithTheServersMessage(MediaFormat format) {
        assertThatThrownBy(() -> client(format).logon(Api.ADMIN, "wrong"))
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.serverMessage()).isNotBlank().doesNotStartWith("HTTP");
                });
    }

    @Test
    void callsWithoutLogonAreRefusedWith401() {
        assertThatThrownBy(() -> client(MediaFormat.XML).gateways())
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.serverMessage()).contains("X-RestSvcSessionId"));
    }

    @Test
    void restoreOperatorIsForbiddenTheInfrastructure() {
        CloudgateClient client = client(MediaFormat.JSON);
        client.logon(Api.RESTORE_OPERATOR, Api.PASSWORD);
        assertThatThrownBy(client::backupServers).isInstanceOfSatisfying(ForbiddenException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Access denied."));
        assertThat(client.tasks()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void backupAndManagedServersAreReadAsEntitiesAndReferences(MediaFormat format) {
        CloudgateClient client = admin(format);
        List<BackupServer> servers = client.backupServers();
        assertThat(servers).extracting(BackupServer::name).containsExactly("vbr01.tech.local", "172.24.31.67");
        BackupServer vbr01 = client.backupServer(Api.BS1);
        assertThat(vbr01).isEqualTo(servers.get(0));
        assertThat(vbr01.port()).isEqualTo(9392);
        assertThat(vbr01.wcfPort()).isEqualTo(9405);
        assertThat(vbr01.version()).isEqualTo("13.0.1.1071");
        assertThat(client.backupServerRefs()).extracting(Ref::id).containsExactly(Api.BS1, Api.BS2);

        List<ManagedServer> ofVbr01 = client.managedServersOf(Api.BS1);
        assertThat(ofVbr01).extracting(ManagedServer::name).contains("gw01.tech.local", "lnx01.tech.local");
        assertThat(ofVbr01).allSatisfy(m -> assertThat(m.backupServerName()).isEqualTo("vbr01.tech.local"));
        ManagedServer gw01 = ofVbr01.stream().filter(m -> m.name().equals("gw01.tech.local")).findFirst().orElseThrow();
        assertThat(client.managedServer(gw01.id())).isEqualTo(gw01);
        assertThat(gw01.type()).isEqualTo("Windows");
        assertThat(client.managedServers()).hasSize(11); // seven on vbr01 (gw04 hosts the seeded pool's gateway), four on the second
        assertThat(client.managedServerRefs()).extracting(Ref::type).containsOnly("ManagedServerReference");
        assertThat(client.cloudConnectLinks()).anySatisfy(l -> assertThat(l.href()).isEqualTo(server.base() + "/cloud/gateways"));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void gatewayIsCreatedEditedAndDeletedThroughAwaitedTasks(MediaFormat format) {
        CloudgateClient client = admin(format);
        String host = format == MediaFormat.XML ? "gw01.tech.local" : "gw02.tech.local";
        PendingTask pending = client.createGateway(GatewaySpec.nat("urn:veeam:BackupServer:" + Api.BS1, host, "203.0.113.10")
                .withDescription("made by the client").withExternalPort(6190));
        assertThat(pending.task().state()).isEqualTo("Running");
        assertThat(pending.task().operation()).isEqualTo("CreateCloudGateway");

        List<Task> polled = new ArrayList<>();
        Task created = pending.await(WAIT, polled::add);
        assertThat(created.succeeded()).as(created.message()).isTrue();
        assertThat(created.message()).isEqualTo("Ok");
        assertThat(polled).last().isEqualTo(created);
        String id = created.relatedId().orElseThrow();

        Gateway gateway = client.gateway(id);
        assertThat(gateway.name()).isEqualTo(host);
        assertThat(gateway.enabled()).isTrue();
        assertThat(gateway.networkMode()).isEqualTo(NetworkMode.NAT);
        assertThat(gateway.externalIp()).isEqualTo("203.0.113.10");
        assertThat(gateway.externalPort()).isEqualTo(6190);
        assertThat(gateway.internalPort()).isEqualTo(6180);
        assertThat(gateway.description()).isEqualTo("made by the client");
        assertThat(gateway.backupServerName()).isEqualTo("vbr01.tech.local");
        assertThat(client.gateways()).contains(gateway);
        assertThat(client.gatewayRefs()).extracting(Ref::id).contains(id);
        assertThat(client.gatewayRef(id).name()).isEqualTo(host);

        Task edited = client.editGateway(id, GatewayChanges.none().withEnabled(false).withDescription("")).await(WAIT);
        assertThat(edited.succeeded()).as(edited.message()).isTrue();
        Gateway after = client.gateway(id);
        assertThat(after.enabled()).isFalse();
        assertThat(after.description()).isEmpty();
        assertThat(after.externalPort()).isEqualTo(6190);

        Task deleted = client.deleteGateway(id).await(WAIT);
        assertThat(deleted.succeeded()).isTrue();
        assertThatThrownBy(() -> client.gateway(id)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Cloud gateway [" + id + "] was not found."));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aGatewayByBackupServerNameOnALinuxHostFinishesUnsuccessfully(MediaFormat format) {
        CloudgateClient client = admin(format);
        Task done = client.createGateway(GatewaySpec.direct("vbr01.tech.local", "lnx01.tech.local")).await(WAIT);
        assertThat(done.finished()).isTrue();
        assertThat(done.succeeded()).isFalse();
        assertThat(done.message()).isEqualTo("Server lnx01.tech.local is not a Microsoft Windows server.");
        assertThat(done.relatedId()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void invalidSpecIsA400CarryingTheServersMessage(MediaFormat format) {
        CloudgateClient client = admin(format);
        GatewaySpec natWithoutIp = new GatewaySpec(Api.BS1, "gw03.tech.local", NetworkMode.NAT, null, null, null, null);
        assertThatThrownBy(() -> client.createGateway(natWithoutIp)).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.serverMessage()).isEqualTo("ExternalIp must be specified when the network mode is NAT.");
        });
        assertThatThrownBy(() -> client.createGateway(GatewaySpec.direct("no-such-server", "gw03.tech.local")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.serverMessage()).contains("no-such-server"));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void tasksAreListedReadAndForgotten(MediaFormat format) {
        CloudgateClient client = admin(format);
        Task failed = client.createGateway(GatewaySpec.direct(Api.BS1, "lnx01.tech.local")).await(WAIT);
        assertThat(client.tasks()).containsExactly(failed);
        assertThat(client.task(failed.taskId())).isEqualTo(failed);
        assertThat(client.pendingTask(failed.taskId()).await(WAIT)).isEqualTo(failed);
        client.deleteTask(failed.taskId());
        assertThat(client.tasks()).isEmpty();
        assertThatThrownBy(() -> client.task(failed.taskId())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Task [" + failed.taskId() + "] was not found."));
    }

    @Test
    void unknownIdsAreNotFound() {
        CloudgateClient client = admin(MediaFormat.XML);
        String unknown = "00000000-0000-4000-8000-000000000000";
        assertThatThrownBy(() -> client.backupServer(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.managedServer(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.deleteGateway(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.gateway("not a uuid?")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnreachableServerIsATransportFailure() {
        CloudgateClient client = CloudgateClient.builder("http://127.0.0.1:1").timeout(Duration.ofSeconds(2)).build();
        assertThatThrownBy(client::entryPoint).isInstanceOf(TransportException.class).hasMessageContaining("127.0.0.1:1");
    }

    @Test
    void theListenerSeesTheRawAnswer() {
        List<ClientResponse> seen = new ArrayList<>();
        CloudgateClient client = CloudgateClient.builder(server.base().replace("/api", "")).format(MediaFormat.JSON).onResponse(seen::add).build();
        client.entryPoint();
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(r.bodyText()).startsWith("{\"SupportedVersions\"");
        });
    }

    /** SPEC §2.3: the token is the Base64 of the SessionId. */
    private static String tokenOf(LogonSession session) {
        return java.util.Base64.getEncoder().encodeToString(session.sessionId().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
