package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.LogonSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cloudgate login}: logs on and saves the session for the following commands. */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Log on and keep the session in $CLOUDGATE_HOME/session (default ~/.cloudgate/session) for later commands.")
final class LoginCommand implements Callable<Integer> {
    @Mixin ClientOptions options;

    @Override
    public Integer call() {
        SessionFile file = SessionFile.standard();
        SessionFile.Saved previous = file.read();
        String url = options.url(previous == null ? null : previous.url());
        String user = options.user();
        if (user == null) {
            throw CliFailure.usage("Give --user (or set CLOUDGATE_USER), e.g. cloudgate login --user 'TECH\\Administrator'.");
        }
        Output output = new Output(options.output, System.out);
        CloudgateClient client = CloudgateClient.builder(url).format(output.wireFormat()).onResponse(output::remember).build();
        LogonSession session = client.logon(user, Connection.password(options, user));
        file.write(new SessionFile.Saved(url, session.userName(), client.token()));
        output.message("Logged on to " + url + " as " + session.userName() + "; session saved in " + file.path() + ".");
        return ExitCode.OK;
    }
}
