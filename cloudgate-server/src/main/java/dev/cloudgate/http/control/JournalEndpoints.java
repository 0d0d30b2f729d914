package dev.cloudgate.http.control;

import dev.cloudgate.http.Access;
import dev.cloudgate.http.Call;
import dev.cloudgate.http.Reply;
import dev.cloudgate.http.Routes;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.Journal;
import dev.cloudgate.control.JournalEntry;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** The request journal: the last N /api requests, oldest first, optionally filtered; and clearing it. */
record JournalEndpoints(Journal journal) {
    void register(Routes routes) {
        routes.add("GET", "/requests", Access.CONTROL, this::list)
                .add("DELETE", "/requests", Access.CONTROL, this::clear);
    }

    private Reply list(Call call) {
        Stream<JournalEntry> entries = journal.entries().stream();
        String method = call.param("method");
        if (method != null) {
            entries = entries.filter(e -> e.method().equalsIgnoreCase(method));
        }
        String path = call.param("path");
        if (path != null) {
            Pattern pattern = pattern(path);
            entries = entries.filter(e -> pattern.matcher(e.path()).matches());
        }
        return ControlJson.ok(new Requests(journal.capacity(), entries.map(EntryView::of).toList()));
    }

    private Reply clear(Call call) {
        journal.clear();
        return Reply.noContent();
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
