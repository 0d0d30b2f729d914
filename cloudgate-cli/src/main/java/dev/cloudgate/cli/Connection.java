package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateClient;
import java.io.Console;

/**
 * A client ready for one command: logged on with the given credentials (and logged off again at
 * {@link #close()}), or using the session saved by {@code cloudgate login}.
 */
record Connection(CloudgateClient client, Output output, boolean temporary) implements AutoCloseable {
    static Connection open(ClientOptions options) {
        SessionFile.Saved saved = SessionFile.standard().read();
        String url = options.url(saved == null ? null : saved.url());
        Output output = new Output(options.output, System.out);
        CloudgateClient.Builder builder = CloudgateClient.builder(url).format(output.wireFormat()).onResponse(output::remember);
        String user = options.user();
        if (user != null) {
            CloudgateClient client = builder.build();
            client.logon(user, password(options, user));
            return new Connection(client, output, true);
        }
        if (saved == null || !sameServer(saved.url(), url)) {
            throw CliFailure.usage("Not logged on to " + url + ": run 'cloudgate login --url " + url + " --user <user>',"
                    + " or give --user and --password (or CLOUDGATE_USER and CLOUDGATE_PASSWORD).");
        }
        return new Connection(builder.token(saved.token()).build(), output, false);
    }

    /** A client that does not log on, for the entry point and the control API. */
    static Connection anonymous(ClientOptions options) {
        SessionFile.Saved saved = SessionFile.standard().read();
        Output output = new Output(options.output, System.out);
        CloudgateClient client = CloudgateClient.builder(options.url(saved == null ? null : saved.url()))
                .format(output.wireFormat()).onResponse(output::remember).build();
        return new Connection(client, output, false);
    }

    static String password(ClientOptions options, String user) {
        String password = options.password();
        if (password != null) {
            return password;
        }
        Console console = System.console();
        if (console == null) {
            throw CliFailure.usage("No password for " + user + ": give --password or set CLOUDGATE_PASSWORD.");
        }
        char[] typed = console.readPassword("Password for %s: ", user);
        if (typed == null) {
            throw CliFailure.usage("No password for " + user + ".");
        }
        return new String(typed);
    }

    static boolean sameServer(String a, String b) {
        return normalize(a).equalsIgnoreCase(normalize(b));
    }

    private static String normalize(String url) {
        String u = url.trim().replaceAll("/+$", "");
        return u.toLowerCase(java.util.Locale.ROOT).endsWith("/api") ? u : u + "/api";
    }

    /** Ends a session opened for this command only; a saved session stays. */
    @Override
    public void close() {
        if (temporary) {
            try {
                client.logout();
            } catch (RuntimeException ignored) {
                // The command's own outcome matters more; the session expires on its own (SPEC §2.3).
            }
        }
    }
}
