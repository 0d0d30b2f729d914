package dev.cloudgate.infrastructure;

import java.util.Optional;

/** A vCloud Director organization VDC's allocation model (SPEC-tenants §2.6). */
public enum AllocationModel {
    Unknown, AllocationPool, PayAsYouGo, ReservationPool, Flex;

    public static Optional<AllocationModel> parse(String text) {
        return Choices.parse(AllocationModel.class, text);
    }
}
