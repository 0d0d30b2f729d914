package dev.cloudgate.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * Where a tenant's new password comes from: the terminal (typed twice, without echo), the first line
 * of standard input, or a named environment variable — never the command line, where process lists
 * and shell histories show it (as {@code cloudgate hash-password} does).
 */
final class TenantPasswords {
    @Option(names = "--password-stdin", description = "Read the tenant's password from the first line of standard input.")
    boolean stdin;

    @Option(names = "--password-env", paramLabel = "VARIABLE", description = "Read the tenant's password from this environment variable.")
    String env;

    @Option(names = "--password-prompt", description = "Ask for the tenant's password on the terminal (twice, without echo).")
    boolean prompt;

    /** True when a source was named; {@code tenants edit} changes the password only then. */
    boolean given() {
        return stdin || env != null || prompt;
    }

    /** The password from the one source named, or from the terminal when none was. */
    String read() {
        if ((stdin ? 1 : 0) + (env != null ? 1 : 0) + (prompt ? 1 : 0) > 1) {
            throw CliFailure.usage("Give only one of --password-stdin, --password-env, --password-prompt.");
        }
        String password = stdin ? fromStdin() : env != null ? fromEnv() : fromTerminal();
        if (password == null || password.isEmpty()) {
            throw CliFailure.usage("The tenant's password is empty.");
        }
        return password;
    }

    private String fromEnv() {
        String value = System.getenv(env);
        if (value == null) {
            throw CliFailure.usage("The environment variable " + env + " (--password-env) is not set.");
        }
        return value;
    }

    private static String fromStdin() {
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw CliFailure.usage("Cannot read the tenant's password from standard input: " + e.getMessage());
        }
    }

    private static String fromTerminal() {
        Console console = System.console();
        if (!interactive(console)) {
            throw CliFailure.usage("No terminal to ask for the tenant's password: give --password-stdin or --password-env VARIABLE.");
        }
        char[] typed = console.readPassword("Tenant password: ");
        char[] again = console.readPassword("Again: ");
        if (typed == null || again == null || !Arrays.equals(typed, again)) {
            throw CliFailure.usage("The two passwords differ.");
        }
        return new String(typed);
    }

    /** JDK 22+ has a Console even for piped input; {@code isTerminal} tells them apart. */
    private static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
