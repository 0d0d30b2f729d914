package dev.cloudgate.http.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.Journal;
import dev.cloudgate.control.JournalEntry;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** The request journal: the last N /api requests, oldest first, optionally filtered; and clearing it. */
final class JournalEndpoints {
    private final Journal journal;

    JournalEndpoints(Journal journal) {
        this.journal = journal;
    }

    void register(ControlRoutes routes) {
        routes.add("GET", "/requests", this::list)
                .add("DELETE", "/requests", this::clear);
    }

    private ControlReply list(ControlCall call) {
        Stream<JournalEntry> entries = journal.entries().stream();
        String method = call.query("method");
        if (method != null) {
            entries = entries.filter(e -> e.method().equalsIgnoreCase(method));
        }
        String path = call.query("path");
        if (path != null) {
            Pattern pattern = pattern(path);
            entries = entries.filter(e -> pattern.matcher(e.path()).matches());
        }
        return ControlReply.ok(new Requests(journal.capacity(), entries.map(EntryView::of).toList()));
    }

    private ControlReply clear(ControlCall call) {
        journal.clear();
        return ControlReply.noContent();
    }

    private static Pattern pattern(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw Failure.invalid("path is not a valid regular expression: " + e.getDescription() + ".");
        }
    }

    record Requests(int capacity, List<EntryView> requests) {
    }

    record EntryView(String time, String method, String path, String route, int status, long durationMs, String user, String fault) {
        static EntryView of(JournalEntry e) {
            return new EntryView(e.time().toString(), e.method(), e.path(), e.route(), e.status(), e.durationMs(), e.user(), e.fault());
        }
    }
}
