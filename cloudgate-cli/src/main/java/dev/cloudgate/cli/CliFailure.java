package dev.cloudgate.cli;

/** A refusal of the CLI itself (not of the server), with the exit code it ends the command with. */
final class CliFailure extends RuntimeException {
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitCode.USAGE, message);
    }

    static CliFailure notFound(String message) {
        return new CliFailure(ExitCode.REFUSED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
