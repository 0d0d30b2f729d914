package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The embedded store's commits as {@code /metrics} counts them ({@code cloudgate_store_commits_total}). */
final class StoreCommits {
    private static final Pattern COMMITS = Pattern.compile("(?m)^cloudgate_store_commits_total (\\d+)$");

    private StoreCommits() {
    }

    static long count(Api metrics) {
        Matcher m = COMMITS.matcher(metrics.get("/metrics").body());
        assertThat(m.find()).as("cloudgate_store_commits_total on /metrics").isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * Commits since {@code before}, once at least {@code expected} are counted or 10 s have passed. The task
     * runner counts a commit just after it returns, so a client that saw its task Finished can read
     * /metrics a moment before the count moves; the wait is for that moment, not for more commits.
     */
    static long since(Api metrics, long before, long expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long since = count(metrics) - before;
        while (since < expected && System.nanoTime() < deadline) {
            since = count(metrics) - before;
        }
        return since;
    }
}
