package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reset that meets a task applying its operation (a test's last create, then the next test's reset)
 * waits for it or makes it a no-op; it never fails on the rows the task wrote (seen as a foreign-key
 * error on managed_server from the junit5 extension's reset).
 */
class ResetWhileTasksRunAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void resetsRightAfterCreatesNeverFailAndLeaveTheSeed() {
        for (int i = 0; i < 60; i++) {
            Api admin = server.admin();
            Api.Response accepted = admin.post("/cloud/gateways", Api.XML, """
                    <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0">
                      <ServerHostName>gw01.tech.local</ServerHostName>
                      <NetworkType>Direct</NetworkType>
                      <BackupServerUid>urn:veeam:BackupServer:%s</BackupServerUid>
                    </CreateCloudGatewaySpec>""".formatted(Api.BS1));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            server.server().controls().state().reset();
        }
        Api.Response gateways = server.admin().get("/cloud/gateways");
        assertThat(gateways.status()).isEqualTo(200);
        assertThat(gateways.body()).doesNotContain("gw01.tech.local");
    }
}
