package dev.cloudgate.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.cloud.GatewayCommand;
import dev.cloudgate.cloud.GatewayOperations;
import dev.cloudgate.cloud.NetworkMode;
import dev.cloudgate.cloud.PoolCommand;
import dev.cloudgate.cloud.PoolOperations;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stored form of task commands is a contract with every row already in a store: its keys are
 * pinned here, and a row that does not fit its command is refused instead of read as nulls.
 * (Rows of the previous, untyped format: LegacyTaskRowsAcceptanceTest.)
 */
class StoredCommandsTest {
    private static final UUID A = UUID.fromString("8ea5406b-a6e9-42d9-bca5-44b6a5d94af1");
    private static final UUID B = UUID.fromString("63d971f2-b429-4181-970a-bab89c76da81");
    private final TaskRegistry registry = new TaskRegistry();

    StoredCommandsTest() {
        // Only the registrations are used here; the handlers never run.
        new GatewayOperations(null, null, null).registerIn(registry);
        new PoolOperations(null, null, null, null).registerIn(registry);
    }

    @Test
    void gatewayCommandsKeepTheirKeys() {
        roundTrip(new GatewayCommand.Create(A, "gw01", "", NetworkMode.NAT, "203.0.113.1", 6180, 6181), "CreateCloudGateway",
                "{\"backupServerId\":\"" + A + "\",\"host\":\"gw01\",\"description\":\"\",\"networkMode\":\"NAT\","
                        + "\"externalIp\":\"203.0.113.1\",\"externalPort\":6180,\"internalPort\":6181,\"requestedBy\":\"TECH\\\\u\"}");
        roundTrip(new GatewayCommand.Edit(B, null, null, 7000, null, false, ""), "EditCloudGateway",
                "{\"gatewayId\":\"" + B + "\",\"externalPort\":7000,\"enabled\":false,\"description\":\"\",\"requestedBy\":\"TECH\\\\u\"}");
        roundTrip(new GatewayCommand.Delete(B), "DeleteCloudGateway", "{\"gatewayId\":\"" + B + "\",\"requestedBy\":\"TECH\\\\u\"}");
    }

    @Test
    void poolCommandsKeepTheirKeysAndWriteMembersAsArrays() {
        roundTrip(new PoolCommand.Create(A, "P", "", List.of(B), List.of()), "CreateCloudGatewayPool",
                "{\"backupServerId\":\"" + A + "\",\"name\":\"P\",\"description\":\"\",\"gateways\":[\"" + B + "\"],\"tenants\":[],"
                        + "\"requestedBy\":\"TECH\\\\u\"}");
        roundTrip(new PoolCommand.Update(A, null, null, null, List.of()), "UpdateCloudGatewayPool",
                "{\"poolId\":\"" + A + "\",\"tenants\":[],\"requestedBy\":\"TECH\\\\u\"}");
        roundTrip(new PoolCommand.Delete(A), "DeleteCloudGatewayPool", "{\"poolId\":\"" + A + "\",\"requestedBy\":\"TECH\\\\u\"}");
    }

    @Test
    void aRowThatDoesNotFitItsCommandIsRefused() {
        assertThatThrownBy(() -> registry.decode("DeleteCloudGateway", "{\"gatewayID\":\"" + B + "\"}"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registry.decode("CreateCloudGateway", "{\"backupServerId\":\"" + A + "\",\"host\":\" \","
                + "\"networkMode\":\"Direct\",\"externalPort\":6180,\"internalPort\":6180}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registry.decode("NoSuchOperation", "{}")).isInstanceOf(IllegalStateException.class);
    }

    private void roundTrip(TaskCommand command, String operation, String stored) {
        assertThat(registry.operationOf(command)).isEqualTo(operation);
        assertThat(registry.encode(command, "TECH\\u")).isEqualTo(stored);
        TaskRegistry.Stored read = registry.decode(operation, stored);
        assertThat(read.command()).isEqualTo(command);
        assertThat(read.requestedBy()).isEqualTo("TECH\\u");
    }
}
