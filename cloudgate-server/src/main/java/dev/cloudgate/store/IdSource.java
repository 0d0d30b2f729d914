package dev.cloudgate.store;

import java.util.UUID;

/**
 * Where new objects get their ids (sessions, gateways, pools): random in production, injected by the
 * composition root so that tests and tools can make them predictable.
 */
@FunctionalInterface
public interface IdSource {
    IdSource RANDOM = UUID::randomUUID;

    UUID next();
}
