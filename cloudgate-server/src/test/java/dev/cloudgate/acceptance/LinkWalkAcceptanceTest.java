package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Links form a walkable graph (SPEC §1.7): from {@code /api/} and the logon session, following
 * Down, Alternate, Related and Up (and, with GET only, Edit and Delete targets) reaches only
 * resources that answer 200, except the out-of-slice targets SPEC says answer 501, listed below.
 */
class LinkWalkAcceptanceTest {
    private static final Set<String> FOLLOWED = Set.of("Down", "Alternate", "Related", "Up", "Edit", "Delete");

    /** The 501 targets, as path patterns after the base: SPEC §3.4, §3.5 (A35), §3.8, §5.6, §5.11. */
    private static final List<Pattern> OUT_OF_SLICE = java.util.stream.Stream.of(
            "/backupServers/[0-9a-f-]{36}/(jobs|externalRepositories|credentials|passwords)",
            "/hierarchyRoots/[0-9a-f-]{36}\\?format=Entity",
            "/cloud/(publicIpAddresses|cloudFailoverPlans|vmReplicaPoints|replicas|failoverSessions)(\\?format=Entity)?",
            // SPEC-tenants §1.3: what stays outside the tenant slice.
            "/repositories/[0-9a-f-]{36}/(backups|replicas)")
            .map(Pattern::compile).toList();

    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @BeforeAll
    static void start() {
        Api api = server.api().logon().accept(Api.XML);
        Fixtures.dropSeededPool(api);
        String gateway = Fixtures.gateway(api, "gw01.tech.local", Api.BS1);
        Fixtures.gateway(api, "srv01.tech.local", Api.BS2);
        Fixtures.pool(api, "GatewayPool 1", List.of(gateway), List.of(TENANT_ABC), Api.BS1);
        String doomed = Fixtures.pool(api, "Deleted Pool", List.of(Fixtures.gateway(api, "gw02.tech.local", Api.BS1)), List.of(), Api.BS1);
        // A finished pool delete leaves a task whose Related link names the pool list (SPEC §4).
        Fixtures.succeeds(api, api.delete("/cloud/gatewayPools/" + doomed));
    }

    @Test
    void everyLinkAnAdministratorReachesAnswers() {
        Api xml = server.api().logon().accept(Api.XML);
        // The walker's own session also owns tasks, so that task links are walked too.
        Fixtures.pool(xml, "Walker Pool", List.of(Fixtures.gateway(xml, "gw03.tech.local", Api.BS1)), List.of(), Api.BS1);
        Map<String, Integer> xmlStatuses = walkXml(xml);
        assertWalk(xmlStatuses);
        assertThat(xmlStatuses.keySet()).anyMatch(h -> h.contains("/cloud/gatewayPools/") && h.endsWith("/tenants"))
                .anyMatch(h -> h.contains("/cloud/gateways/") && h.endsWith("?format=Entity"))
                .anyMatch(h -> h.contains("/tasks/task-"))
                .anyMatch(h -> h.endsWith("/cloud/gatewayPools?format=Entity"))
                .anyMatch(h -> h.endsWith("/cloud/tenants"))
                .anyMatch(h -> h.contains("/managedServers/"))
                .anyMatch(h -> h.contains("/logonSessions/"));

        // The JSON documents carry the same graph.
        Map<String, Integer> jsonStatuses = walkJson(server.api().token(xml.token()).accept(Api.JSON));
        assertThat(new TreeSet<>(jsonStatuses.keySet())).isEqualTo(new TreeSet<>(xmlStatuses.keySet()));
        assertWalk(jsonStatuses);
    }

    @Test
    void everyLinkARestoreOperatorReachesAnswersWithoutA403() {
        Map<String, Integer> statuses = walkXml(server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD).accept(Api.XML));
        assertThat(statuses).isNotEmpty().allSatisfy((href, status) -> assertThat(status).as(href).isEqualTo(200));
        assertThat(statuses.keySet()).noneMatch(h -> h.contains("/cloud") || h.contains("/backupServers"));
    }

    private static void assertWalk(Map<String, Integer> statuses) {
        String base = server.base();
        assertThat(statuses.size()).isGreaterThan(60);
        statuses.forEach((href, status) -> {
            String path = href.substring(base.length());
            boolean outOfSlice = OUT_OF_SLICE.stream().anyMatch(p -> p.matcher(path).matches());
            assertThat(status).as(href).isEqualTo(outOfSlice ? 501 : 200);
        });
        // Each kind of out-of-slice target was met, so the list above stays honest.
        OUT_OF_SLICE.forEach(p -> assertThat(statuses.keySet()).as(p.pattern())
                .anyMatch(h -> p.matcher(h.substring(base.length())).matches()));
    }

    private static Map<String, Integer> walkXml(Api api) {
        return walk(api, body -> {
            List<String> hrefs = new java.util.ArrayList<>();
            Matcher m = Pattern.compile("<Link ([^>]*)/>").matcher(body);
            while (m.find()) {
                String rel = attribute(m.group(1), "Rel");
                if (FOLLOWED.contains(rel)) {
                    hrefs.add(attribute(m.group(1), "Href").replace("&amp;", "&").replace("&quot;", "\""));
                }
            }
            return hrefs;
        });
    }

    private static Map<String, Integer> walkJson(Api api) {
        return walk(api, body -> {
            List<String> hrefs = new java.util.ArrayList<>();
            collectJsonLinks(Fixtures.json(body), hrefs);
            return hrefs;
        });
    }

    private static void collectJsonLinks(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("Links") && field.getValue().isArray()) {
                    for (JsonNode link : field.getValue()) {
                        if (FOLLOWED.contains(link.get("Rel").asText())) {
                            into.add(link.get("Href").asText());
                        }
                    }
                } else {
                    collectJsonLinks(field.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectJsonLinks(item, into));
        }
    }

    /** Breadth first from the entry point and the caller's session; only GETs, so nothing changes on the way. */
    private static Map<String, Integer> walk(Api api, java.util.function.Function<String, List<String>> links) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(server.base() + "/",
                server.base() + "/logonSessions/" + SessionAcceptanceTest.idOf(api)));
        while (!queue.isEmpty()) {
            String href = queue.poll();
            if (statuses.containsKey(href)) {
                continue;
            }
            assertThat(href).as("links are absolute and built from the base").startsWith(server.base() + "/");
            Api.Response r = api.get(href);
            statuses.put(href, r.status());
            if (r.status() == 200) {
                links.apply(r.body()).stream().filter(h -> !statuses.containsKey(h)).forEach(queue::add);
            }
        }
        return statuses;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }
}
