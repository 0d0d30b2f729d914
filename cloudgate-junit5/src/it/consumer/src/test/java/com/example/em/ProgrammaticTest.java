package com.example.em;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudgate.junit5.CloudgateExtension;
import dev.cloudgate.junit5.CloudgateInfo;
import dev.cloudgate.junit5.OneTestAtATime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Everything else through a registered extension: lenient XML, the versions on offer, HTTPS off. */
@ResourceLock(providers = OneTestAtATime.class)
class ProgrammaticTest {
    @RegisterExtension
    static final CloudgateExtension cloudgate = CloudgateExtension.builder()
            .lenientXml(true)
            .setting("supported-versions", "v1_7")
            .setting("https-port", "off")
            .build();

    static int port;

    @BeforeAll
    static void before() {
        port = cloudgate.info().port();
    }

    @Test
    void onlyTheConfiguredVersionIsOffered(CloudgateInfo cg) {
        assertEquals(port, cg.port());
        assertEquals(List.of("v1_7"), cg.anonymousClient().entryPoint().supportedVersions());
        assertEquals(-1, cg.httpsPort());
        ParallelProbe.record(getClass(), cg.port());
    }

    @Test
    void xmlElementsAreAcceptedInAnyOrder(CloudgateInfo cg) throws Exception {
        String token = cg.client().token();
        HttpResponse<String> accepted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cg.apiUrl() + "/cloud/gateways"))
                .header("X-RestSvcSessionId", token).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0">
                          <BackupServerUid>urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid>
                          <NetworkType>Direct</NetworkType>
                          <ServerHostName>gw02.tech.local</ServerHostName>
                        </CreateCloudGatewaySpec>""")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
    }
}
