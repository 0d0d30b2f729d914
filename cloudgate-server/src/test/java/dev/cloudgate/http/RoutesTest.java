package dev.cloudgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The routing table answers a repeated lookup, one past its memory's bound, as it answered the first. */
class RoutesTest {
    private final Routes routes = new Routes()
            .add("GET", "/cloud/gateways/{id}", Access.PUBLIC, call -> Reply.noContent())
            .add("DELETE", "/cloud/gateways/{id}", Access.PUBLIC, call -> Reply.noContent())
            .add("GET", "/tasks/{id}", Access.PUBLIC, call -> Reply.noContent());

    @Test
    void repeatedLookupsFindTheSameRouteParametersAndMethods() {
        Routes.Lookup first = routes.lookup("GET", "/Cloud/Gateways/abc");
        assertThat(first.route().template()).isEqualTo("/cloud/gateways/{id}");
        assertThat(first.params()).containsEntry("id", "abc");
        assertThat(first.allowed()).containsExactly("GET", "DELETE");

        // More distinct paths than the memory keeps, then the first again.
        for (int i = 0; i < 3000; i++) {
            Routes.Lookup task = routes.lookup("GET", "/tasks/task-" + i);
            assertThat(task.params()).containsEntry("id", "task-" + i);
        }
        Routes.Lookup again = routes.lookup("GET", "/Cloud/Gateways/abc");
        assertThat(again.route()).isSameAs(first.route());
        assertThat(again.params()).isEqualTo(first.params());
        assertThat(again.allowed()).containsExactly("GET", "DELETE");

        assertThat(routes.lookup("POST", "/cloud/gateways/abc").route()).as("another method: 405, not a cached GET").isNull();
        assertThat(routes.lookup("POST", "/cloud/gateways/abc").allowed()).containsExactly("GET", "DELETE");
        assertThat(routes.lookup("GET", "/cloud/nowhere/abc").pathKnown()).isFalse();
        assertThat(routes.lookup("GET", "/tasks/" + "x".repeat(300)).params()).as("a long path, not kept").containsEntry("id", "x".repeat(300));
    }
}
