package dev.cloudgate.cli;

import dev.cloudgate.client.PendingTask;
import dev.cloudgate.client.Task;
import java.io.PrintStream;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --wait} and {@code --timeout}, and what a command prints and returns for a task. */
final class TaskWaiting {
    @Option(names = "--wait", description = "Wait until the task has finished, showing its progress on stderr.")
    boolean wait;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = Durations.class,
            description = "How long --wait waits, e.g. 30s or 2m (default ${DEFAULT-VALUE}); exit code 4 when it passes.")
    Duration timeout;

    /** Prints the accepted task, or waits for it; the exit code says how it ended. */
    int report(PendingTask pending, Output output) {
        if (!wait) {
            Task task = pending.task();
            output.message(task.taskId() + " " + task.operation() + ": " + task.state()
                    + " (cloudgate tasks wait " + task.taskId() + " to follow it)");
            return ExitCode.OK;
        }
        return finish(await(pending, timeout, System.err), output);
    }

    /** Polls until the task is finished, printing each new state on {@code progress}. */
    static Task await(PendingTask pending, Duration timeout, PrintStream progress) {
        long started = System.nanoTime();
        Task first = pending.task();
        progress.printf("%s %s: %s%n", first.taskId(), first.operation(), first.state());
        String[] lastState = {first.state()};
        return pending.await(timeout, polled -> {
            if (!polled.state().equals(lastState[0])) {
                lastState[0] = polled.state();
                long ms = (System.nanoTime() - started) / 1_000_000;
                progress.printf("%s %s: %s (%d ms)%n", polled.taskId(), polled.operation(), polled.state(), ms);
            }
        });
    }

    static int finish(Task done, Output output) {
        output.message(done.taskId() + " " + done.operation() + ": " + Views.result(done)
                + done.relatedId().map(id -> " (" + id + ")").orElse(""));
        if (!done.succeeded()) {
            System.err.println("cloudgate: " + done.operation() + " failed: " + done.message());
            return ExitCode.TASK_FAILED;
        }
        return ExitCode.OK;
    }
}
