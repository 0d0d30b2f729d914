package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import dev.cloudgate.wire.MediaFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fixture of the client's acceptance tests: one real server with the demo seed per test class (a
 * {@link ServerExtension}), driven through the client as the demo administrator.
 */
final class DemoServer implements BeforeAllCallback, AfterAllCallback {
    private final ServerExtension server = new ServerExtension();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.afterAll(context);
    }

    String base() {
        return server.base();
    }

    /** A client speaking {@code format}, logged on as the demo administrator. */
    CloudgateClient admin(MediaFormat format) {
        CloudgateClient client = CloudgateClient.builder(server.base()).format(format).build();
        client.logon(Api.ADMIN, Api.PASSWORD);
        return client;
    }

    /**
     * The password hash of the one account called {@code name} (a tenant or subtenant, said by {@code kind})
     * as the control API exports it: the API never shows a password, so this is the only way to see one change.
     */
    String passwordHash(String kind, String name) throws Exception {
        HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base().replace("/api", "/_cloudgate/state")))
                .header("Authorization", "Bearer " + server.adminToken()).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        new ObjectMapper().readTree(state.body()).findParents("passwordHash").stream()
                .filter(n -> name.equals(n.path("name").asText())).forEach(found::add);
        assertThat(found).as(kind + " " + name + " in the export").hasSize(1);
        return found.get(0).path("passwordHash").asText();
    }
}
