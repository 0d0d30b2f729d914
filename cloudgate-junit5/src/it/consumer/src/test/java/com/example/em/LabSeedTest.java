package com.example.em;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.GatewaySpec;
import dev.cloudgate.client.PendingTask;
import dev.cloudgate.client.UnauthorizedException;
import dev.cloudgate.junit5.CloudgateInfo;
import dev.cloudgate.junit5.CloudgateTest;
import dev.cloudgate.junit5.Reset;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** A seed of the project's own, tasks that take a second, and one reset for the whole class. */
@CloudgateTest(seed = "classpath:lab-seed.yaml", taskDelay = "1s", reset = Reset.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.SAME_THREAD) // the tests build on each other: in order, one thread (the class still runs beside others)
class LabSeedTest {
    @Test
    @Order(1)
    void theSeedsUserLogsOnAndTasksRunForASecond(CloudgateInfo cg) {
        assertThrows(UnauthorizedException.class, () -> cg.client(CloudgateInfo.ADMINISTRATOR, CloudgateInfo.PASSWORD));
        CloudgateClient client = cg.client("LAB\\tester", "Secret-1");
        PendingTask pending = client.createGateway(GatewaySpec.direct("vbr-lab.example.com", "edge01.example.com"));
        assertEquals("Running", pending.task().state());
        pending.await(Duration.ofSeconds(30));
        ParallelProbe.record(getClass(), cg.port());
    }

    @Test
    @Order(2)
    void perClassKeepsWhatTheTestBeforeMade(CloudgateInfo cg) {
        assertEquals(1, cg.client("LAB\\tester", "Secret-1").gateways().size());
    }
}
