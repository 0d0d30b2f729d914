package dev.cloudgate.server;

import dev.cloudgate.auth.Passwords;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code cloudgate hash-password}: prints the salted PBKDF2 hash of a password for a seed file's
 * {@code passwordHash} (docs/users.md). The password is read from the terminal without echo, or
 * from the first line of standard input, never from the command line, where process lists show it.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = "Print the passwordHash of a password (read without echo, or from standard input) for a seed file.")
public final class HashPassword implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        String password = read();
        if (password == null || password.isEmpty()) {
            System.err.println("hash-password: no password given");
            return 1;
        }
        System.out.println(Passwords.hash(password));
        return 0;
    }

    /** JDK 22+ has a Console even for piped input; {@code isTerminal} (22+) tells them apart, JDK 21 returns null. */
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

    private static String read() throws IOException {
        Console console = System.console();
        if (interactive(console)) {
            char[] typed = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (typed == null || again == null || !java.util.Arrays.equals(typed, again)) {
                System.err.println("hash-password: the two passwords differ");
                return null;
            }
            return new String(typed);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
