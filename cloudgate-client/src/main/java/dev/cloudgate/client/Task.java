package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;
import java.util.Optional;

/**
 * An asynchronous operation of the caller's logon session (SPEC §4): {@code Running}, then
 * {@code Finished} with a result.
 *
 * @param taskId    {@code task-<n>}
 * @param state     {@code Running}, {@code OperationFinished} or {@code Finished}
 * @param operation e.g. {@code CreateCloudGateway}
 * @param success   the result once finished; null while running
 * @param message   the result message ({@code Ok}, or why it failed); null while running
 * @param href      the task's Href, to poll
 * @param links     the task's links; a finished create has a {@code Related} link to what it made
 */
public record Task(String taskId, String state, String operation, Boolean success, String message, String href, List<Link> links) {
    /** Copies {@code links}. */
    public Task {
        links = List.copyOf(links);
    }

    /** True once the server has collected the result; only then do {@link #success()} and {@link #message()} hold. */
    public boolean finished() {
        return "Finished".equals(state);
    }

    /** True when the task finished and its result says {@code Success="true"}. */
    public boolean succeeded() {
        return finished() && Boolean.TRUE.equals(success);
    }

    /** The {@code Related} link a successful create (or pool delete) carries (SPEC §4 table). */
    public Optional<Link> related() {
        return Uids.find(links, "Related", null);
    }

    /** The id of the object a successful create made, taken from its {@code Related} link. */
    public Optional<String> relatedId() {
        return related().filter(l -> l.type() == null || !l.type().endsWith("List")).map(l -> Uids.idOfHref(l.href()));
    }

    static Task from(Doc d) {
        Doc result = d.child("Result");
        return new Task(d.text("TaskId"), d.text("State"), d.text("Operation"), result == null ? null : result.bool("Success"),
                result == null ? null : result.text("Message"), d.text("Href"), d.links());
    }
}
