package dev.cloudgate.cli;

/** The exit codes scripts can rely on (docs/cli.md). */
final class ExitCode {
    /** The command did what was asked. */
    static final int OK = 0;
    /** The server refused the request (4xx/5xx); its Error message is printed. */
    static final int REFUSED = 1;
    /** The command line was wrong, or something it needs (a logon) is missing. */
    static final int USAGE = 2;
    /** A task the command waited for finished with {@code Success=false}. */
    static final int TASK_FAILED = 3;
    /** No answer in time: connection failure, network timeout, or a task still running at {@code --timeout}. */
    static final int UNREACHABLE = 4;

    private ExitCode() {
    }
}
