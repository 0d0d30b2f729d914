package dev.cloudgate.cli;

import dev.cloudgate.client.NotFoundException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cloudgate reset}: puts the server back to its seed through the control API (not part of EM). */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Put the server back to its seed (POST /_cloudgate/reset of cloudgate's control API).")
final class ResetCommand implements Callable<Integer> {
    @Mixin ClientOptions options;
    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "The server's admin token (env CLOUDGATE_ADMIN_TOKEN; 'cloudgate serve' prints it at start).")
    String adminToken;

    @Override
    public Integer call() {
        String token = adminToken != null ? adminToken : ClientOptions.env("CLOUDGATE_ADMIN_TOKEN");
        if (token == null) {
            throw CliFailure.usage("Give --admin-token or set CLOUDGATE_ADMIN_TOKEN ('cloudgate serve' prints the token at start).");
        }
        try (Connection c = Connection.anonymous(options)) {
            c.client().resetServer(token);
            c.output().message("The server is back to its seed.");
            return ExitCode.OK;
        } catch (NotFoundException e) {
            throw CliFailure.notFound("This server has no control API (POST /_cloudgate/reset answered 404): "
                    + "it is not cloudgate, or a cloudgate without the control API.");
        }
    }
}
