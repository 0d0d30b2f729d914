package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateException;
import dev.cloudgate.client.TaskTimeoutException;
import dev.cloudgate.client.TransportException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cloudgate} command: {@code serve} runs the server; the other commands talk to a running
 * one through the Java client. Exit codes: see {@link ExitCode} and docs/cli.md.
 */
@Command(name = "cloudgate", mixinStandardHelpOptions = true, version = "cloudgate 0.1.0",
        description = "Wire-compatible stand-in for the Veeam Enterprise Manager REST API (Cloud Connect gateways, pools, tenants and hardware plans), and its client.",
        subcommands = {dev.cloudgate.server.Main.Serve.class, dev.cloudgate.server.HashPassword.class, LoginCommand.class, LogoutCommand.class,
                GatewaysCommand.class, PoolsCommand.class, TenantsCommand.class, PlansCommand.class, TasksCommand.class, InfraCommand.class,
                QueryCommand.class, ResetCommand.class},
        footer = {"", "Exit codes: 0 ok; 1 the server refused (its message is printed); 2 usage;",
                "3 a task finished with Success=false; 4 connection failure or timeout. See docs/cli.md."})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            String[] options = java.util.Arrays.copyOfRange(args, 1, args.length);
            // Plain options start the server without picocli (see Serve.plain); the rest go through it.
            var plain = dev.cloudgate.server.Main.Serve.plain(options);
            System.exit(plain.isPresent() ? run(plain.get()) : serveCommandLine().execute(options));
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return withExitCodes(new CommandLine(new Main()));
    }

    /**
     * {@code serve} alone: building the whole tree (a dozen commands with their options, mixins and
     * enums) is reflection that every server start paid: about 200 ms of its start-up (docs/benchmarks.md).
     */
    static CommandLine serveCommandLine() {
        return withExitCodes(new CommandLine(new dev.cloudgate.server.Main.Serve()).setCommandName("cloudgate serve"));
    }

    /** A command run without picocli ends as picocli would end it: its own exit code, or its failure's. */
    static int run(Callable<Integer> command) {
        try {
            return command.call();
        } catch (Exception failure) {
            return exitCode(failure);
        }
    }

    private static CommandLine withExitCodes(CommandLine cli) {
        return cli.setExecutionExceptionHandler((failure, commandLine, parsed) -> exitCode(failure));
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return ExitCode.USAGE;
    }

    /** Prints one line on stderr for each way a command can fail, and picks its exit code. */
    private static int exitCode(Exception failure) {
        return switch (failure) {
            case CliFailure f -> fail(f.getMessage(), f.exitCode());
            case CloudgateException e -> fail(e.serverMessage() + " (HTTP " + e.status() + ")", ExitCode.REFUSED);
            case TaskTimeoutException e -> fail(e.getMessage() + " It may still finish: cloudgate tasks wait " + e.lastSeen().taskId(),
                    ExitCode.UNREACHABLE);
            case TransportException e -> fail(e.getMessage(), ExitCode.UNREACHABLE);
            case IllegalArgumentException e -> fail(e.getMessage(), ExitCode.USAGE);
            default -> {
                failure.printStackTrace(System.err);
                yield 70; // EX_SOFTWARE: a bug in cloudgate, not in the request
            }
        };
    }

    private static int fail(String message, int code) {
        System.err.println("cloudgate: " + message);
        return code;
    }
}
