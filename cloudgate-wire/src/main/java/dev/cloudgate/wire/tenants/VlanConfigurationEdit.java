package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.Fields;
import java.util.Set;

/**
 * The body of {@code PUT /cloud/vlans/{id}}: a {@code VlanConfiguration} entity of which only the four
 * VLAN ID bounds are writable (SPEC-tenants §6.14); null means unchanged. Everything else is skipped.
 */
public record VlanConfigurationEdit(
        Integer withInternetLeftBound,
        Integer withInternetRightBound,
        Integer withoutInternetLeftBound,
        Integer withoutInternetRightBound) {

    public static final String ROOT = "VlanConfiguration";
    public static final Set<String> KEEP_EMPTY = Set.of();
    static final int MIN_VLAN = 1;
    static final int MAX_VLAN = 4094;

    /** The two VLAN ID ranges of a configuration. */
    public record Bounds(int withInternetLeft, int withInternetRight, int withoutInternetLeft, int withoutInternetRight) {
    }

    public static VlanConfigurationEdit from(BodyNode body) {
        return new VlanConfigurationEdit(
                Fields.integer(body, "VlanIdsWithInternetLeftBound"),
                Fields.integer(body, "VlanIdsWithInternetRightBound"),
                Fields.integer(body, "VlanIdsWithoutInternetLeftBound"),
                Fields.integer(body, "VlanIdsWithoutInternetRightBound"));
    }

    /** S30 after merging: every bound in 1–4094, no range reversed, the two ranges disjoint. */
    public Bounds merge(Bounds stored) {
        Bounds merged = new Bounds(
                or(withInternetLeftBound, stored.withInternetLeft()),
                or(withInternetRightBound, stored.withInternetRight()),
                or(withoutInternetLeftBound, stored.withoutInternetLeft()),
                or(withoutInternetRightBound, stored.withoutInternetRight()));
        boolean inRange = inRange(merged.withInternetLeft()) && inRange(merged.withInternetRight())
                && inRange(merged.withoutInternetLeft()) && inRange(merged.withoutInternetRight());
        boolean ordered = merged.withInternetLeft() <= merged.withInternetRight()
                && merged.withoutInternetLeft() <= merged.withoutInternetRight();
        boolean disjoint = merged.withInternetRight() < merged.withoutInternetLeft()
                || merged.withoutInternetRight() < merged.withInternetLeft();
        if (!inRange || !ordered || !disjoint) {
            throw Values.invalid("VLAN IDs must lie in 1-4094, each range must not be reversed, and the two ranges must not overlap.");
        }
        return merged;
    }

    private static int or(Integer sent, int stored) {
        return sent != null ? sent : stored;
    }

    private static boolean inRange(int id) {
        return id >= MIN_VLAN && id <= MAX_VLAN;
    }
}
