package dev.cloudgate.query;

import java.util.List;
import java.util.UUID;

/** One page of a query's result: the ids in result order, and how many rows matched in all. */
public sealed interface QueryPage {

    /** All matches, not just this page's; paging is computed from it. */
    long total();

    /** Ids of gateways, pools, backup servers, managed servers or tenants. */
    record EntityIds(List<UUID> ids, long total) implements QueryPage {
        public EntityIds {
            ids = List.copyOf(ids);
        }
    }

    /** Task numbers ({@code n} of {@code task-<n>}) within the caller's logon session. */
    record TaskNumbers(List<Integer> numbers, long total) implements QueryPage {
        public TaskNumbers {
            numbers = List.copyOf(numbers);
        }
    }
}
