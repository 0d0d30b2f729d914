package dev.cloudgate.infrastructure;

/** An inclusive range of VLAN IDs (SPEC-tenants §6.14). */
public record VlanRange(int left, int right) {

    /** SPEC-tenants §7.1 S30, for one range: both bounds in 1..4094 and not reversed. */
    public boolean isValid() {
        return left >= 1 && right <= 4094 && left <= right;
    }

    public boolean overlaps(VlanRange other) {
        return left <= other.right && other.left <= right;
    }
}
