package com.example.em;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.GatewaySpec;
import dev.cloudgate.client.Task;
import dev.cloudgate.junit5.CloudgateInfo;
import dev.cloudgate.junit5.CloudgateTest;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The default: demo seed, free ports, task delay 0, a reset before each test. */
@CloudgateTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSeedTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    @Order(1)
    void aGatewayIsCreatedAtOnce(CloudgateInfo cg) {
        assertTrue(cg.apiUrl().matches("http://127\\.0\\.0\\.1:\\d+/api"), cg.apiUrl());
        assertTrue(cg.httpsUrl().matches("https://127\\.0\\.0\\.1:\\d+/api"), cg.httpsUrl());
        assertNotEquals(9398, cg.httpsPort());
        assertNotEquals(9399, cg.port());
        CloudgateClient client = cg.client();
        int seeded = client.gateways().size();
        Task task = client.createGateway(GatewaySpec.direct("vbr01.tech.local", "gw01.tech.local")).await(WAIT);
        assertTrue(task.succeeded(), task.toString());
        assertEquals(seeded + 1, client.gateways().size());
        ParallelProbe.record(getClass(), cg.port());
    }

    @Test
    @Order(2)
    void theNextTestStartsFromTheSeed(CloudgateInfo cg) {
        // The demo seed holds one gateway (gw04, in GatewayPool 1); the previous test's gw01 is gone.
        assertEquals(1, cg.client().gateways().size());
    }

    @Test
    @Order(3)
    void theNextDeploymentOnAHostFailsInOneLine(CloudgateInfo cg) {
        cg.failNextDeployment("gw01.tech.local", "Failed to install the Cloud Gateway role.");
        CloudgateClient client = cg.client(cg.adminUser(), cg.password());
        Task failed = client.createGateway(GatewaySpec.direct("vbr01.tech.local", "gw01.tech.local")).await(WAIT);
        assertFalse(failed.succeeded());
        assertEquals("Failed to install the Cloud Gateway role.", failed.message());
        assertTrue(client.createGateway(GatewaySpec.direct("vbr01.tech.local", "gw01.tech.local")).await(WAIT).succeeded());
        assertEquals(2, cg.requests("/api/cloud/gateways").size());
        assertEquals(202, cg.requests("/api/cloud/gateways").get(0).status());
    }
}
