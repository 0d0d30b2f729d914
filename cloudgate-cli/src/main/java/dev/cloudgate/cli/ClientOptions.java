package dev.cloudgate.cli;

import picocli.CommandLine.Option;

/**
 * Where to connect, as whom, and how to print; mixed into every client command. Each option falls
 * back to an environment variable, then to the session saved by {@code cloudgate login}.
 */
final class ClientOptions {
    static final String DEFAULT_URL = "http://127.0.0.1:9399/api";

    @Option(names = "--url", paramLabel = "URL",
            description = "API base URL (env CLOUDGATE_URL; else the saved session's; else " + DEFAULT_URL + ").")
    String url;

    @Option(names = {"-u", "--user"}, paramLabel = "USER",
            description = "Log on as this user for this command only (env CLOUDGATE_USER); without it the saved session is used.")
    String user;

    @Option(names = {"-p", "--password"}, paramLabel = "PASSWORD",
            description = "Password of --user (env CLOUDGATE_PASSWORD; asked for on a terminal when missing).")
    String password;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or xml: json and xml print the server's document as received.")
    Output.Format output;

    String user() {
        return user != null ? user : env("CLOUDGATE_USER");
    }

    String password() {
        return password != null ? password : env("CLOUDGATE_PASSWORD");
    }

    /** The URL in effect; {@code saved} is the session file's URL, or null. */
    String url(String saved) {
        if (url != null) {
            return url;
        }
        String fromEnv = env("CLOUDGATE_URL");
        return fromEnv != null ? fromEnv : saved != null ? saved : DEFAULT_URL;
    }

    static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
