package dev.cloudgate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cloudgate tasks …}: the tasks of the logon session (SPEC §5.10); they live as long as the session. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "List, show, wait for and forget the tasks of the saved logon session (see cloudgate login).",
        subcommands = {TasksCommand.List.class, TasksCommand.Show.class, TasksCommand.Wait.class, TasksCommand.Delete.class})
final class TasksCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the session's tasks, oldest first.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().tasks(), Views.tasks());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one task.")
    static final class Show implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "TASK", description = "The task id, e.g. task-1.")
        String task;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().record(Views.task(c.client().task(task)));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "wait", mixinStandardHelpOptions = true,
            description = "Wait until a task has finished; exit code 3 when it failed, 4 when --timeout passes.")
    static final class Wait implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "TASK", description = "The task id, e.g. task-1.")
        String task;
        @picocli.CommandLine.Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = Durations.class,
                description = "How long to wait, e.g. 30s or 2m (default ${DEFAULT-VALUE}).")
        java.time.Duration timeout;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                return TaskWaiting.finish(TaskWaiting.await(c.client().pendingTask(task), timeout, System.err), c.output());
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Forget a task (SPEC §5.10).")
    static final class Delete implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "TASK", description = "The task id, e.g. task-1.")
        String task;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.client().deleteTask(task);
                c.output().message("Deleted " + task + ".");
                return ExitCode.OK;
            }
        }
    }
}
