package dev.cloudgate.cloud;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Member lists in a task payload: UUIDs joined by commas, "" for none. */
final class PoolPayload {
    private PoolPayload() {
    }

    static String join(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    static List<UUID> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(UUID::fromString).toList();
    }
}
