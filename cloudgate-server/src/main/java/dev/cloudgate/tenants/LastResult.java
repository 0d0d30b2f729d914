package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.Choices;
import java.util.Optional;

/** A tenant's last job result (SPEC-tenants §2.6); seeded, never moves (T-B7). */
public enum LastResult {
    None, Success, Warning, Failed;

    public static Optional<LastResult> parse(String text) {
        return Choices.parse(LastResult.class, text);
    }
}
