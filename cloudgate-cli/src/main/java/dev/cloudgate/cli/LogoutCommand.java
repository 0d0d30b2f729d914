package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.UnauthorizedException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cloudgate logout}: ends the saved session on the server and forgets it. */
@Command(name = "logout", mixinStandardHelpOptions = true, description = "End the saved logon session (and its tasks) and delete the session file.")
final class LogoutCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        SessionFile file = SessionFile.standard();
        SessionFile.Saved saved = file.read();
        if (saved == null) {
            System.out.println("Not logged on.");
            return ExitCode.OK;
        }
        try {
            CloudgateClient.builder(saved.url()).token(saved.token()).build().logout();
        } catch (UnauthorizedException expired) {
            // The server already forgot it; forgetting it here too is all that is left.
        }
        file.delete();
        System.out.println("Logged off " + saved.user() + " from " + saved.url() + ".");
        return ExitCode.OK;
    }
}
