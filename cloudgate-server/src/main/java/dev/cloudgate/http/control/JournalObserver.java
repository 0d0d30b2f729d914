package dev.cloudgate.http.control;

import dev.cloudgate.control.Journal;
import dev.cloudgate.control.JournalEntry;
import dev.cloudgate.http.AuditTrail;
import dev.cloudgate.http.RequestObserver;
import java.time.Clock;
import java.time.Instant;

/** Feeds the request journal from the API handler's observer hook. */
final class JournalObserver implements RequestObserver {
    private final Journal journal;
    private final Clock clock;

    JournalObserver(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void observe(String method, String path, String route, int status, long nanos, String user) {
        observe(method, path, route, status, nanos, user, null);
    }

    /** {@code time} is when the request arrived: now less its duration. */
    @Override
    public void observe(String method, String path, String route, int status, long nanos, String user, String fault) {
        Instant arrived = clock.instant().minusNanos(nanos);
        // Session ids in paths are tokens: the journal shows them shortened, as the logs do.
        journal.record(new JournalEntry(arrived, method, AuditTrail.loggable(path), route, status, nanos / 1_000_000, user, fault));
    }
}
