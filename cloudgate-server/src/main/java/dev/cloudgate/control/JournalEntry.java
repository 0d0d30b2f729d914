package dev.cloudgate.control;

import java.time.Instant;

/**
 * One answered /api request. {@code route} is the matched template (null when none matched),
 * {@code user} the logged-on user (null before logon), {@code fault} the label of the injected
 * fault that shaped the answer (null when none did).
 */
public record JournalEntry(Instant time, String method, String path, String route, int status, long durationMs, String user,
        String fault) {
}
