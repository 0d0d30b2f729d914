package dev.cloudgate.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which command type and handler each operation name has, and how a command is stored. Feature
 * packages register their own families (see {@code GatewayOperations.registerIn}); the runner only
 * looks them up, so adding an operation never touches {@link TaskRunner}.
 *
 * <p>Stored form: one JSON object, the command's components by name (absent = null) plus
 * {@value #REQUESTED_BY}. Unknown keys are refused, so a renamed component fails loudly in tests
 * instead of silently reading null.
 */
public final class TaskRegistry {
    /** Key of the stored form that carries the requesting user to the audit line of the task's outcome. */
    public static final String REQUESTED_BY = "requestedBy";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private final Map<String, Entry<?>> byOperation = new HashMap<>();
    private final Map<Class<?>, String> operations = new HashMap<>();

    public <C extends TaskCommand> TaskRegistry register(String operation, Class<C> type, TaskHandler<? super C> handler) {
        if (byOperation.putIfAbsent(operation, new Entry<>(type, handler)) != null || operations.putIfAbsent(type, operation) != null) {
            throw new IllegalStateException("operation " + operation + " or " + type.getName() + " is registered twice");
        }
        return this;
    }

    /** The vendor's operation name of a command. */
    public String operationOf(TaskCommand command) {
        String operation = operations.get(command.getClass());
        if (operation == null) {
            throw new IllegalStateException(command.getClass().getName() + " is not registered");
        }
        return operation;
    }

    public boolean knows(String operation) {
        return byOperation.containsKey(operation);
    }

    String encode(TaskCommand command, String requestedBy) {
        ObjectNode node = JSON.valueToTree(command);
        if (requestedBy != null) {
            node.put(REQUESTED_BY, requestedBy);
        }
        return node.toString();
    }

    /** @throws IllegalStateException when the operation is unknown or the stored form does not fit its command */
    Stored decode(String operation, String json) {
        Entry<?> entry = byOperation.get(operation);
        if (entry == null) {
            throw new IllegalStateException("no command is registered for " + operation);
        }
        try {
            if (!(JSON.readTree(json) instanceof ObjectNode node)) {
                throw new IllegalStateException("unreadable " + operation + " payload: not a JSON object");
            }
            JsonNode user = node.remove(REQUESTED_BY);
            return new Stored(JSON.treeToValue(node, entry.type()), user == null ? null : user.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + operation + " payload: " + e.getOriginalMessage(), e);
        }
    }

    UUID apply(TaskCommand command) {
        return byOperation.get(operationOf(command)).applyTo(command);
    }

    record Stored(TaskCommand command, String requestedBy) {
    }

    private record Entry<C extends TaskCommand>(Class<C> type, TaskHandler<? super C> handler) {
        UUID applyTo(TaskCommand command) {
            return handler.apply(type.cast(command));
        }
    }
}
