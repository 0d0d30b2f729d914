package dev.cloudgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/api.md cannot drift from the routing table: same routes, same order, same roles, and every line says what succeeds. */
class ApiDocsTest {

    @Test
    void apiDocsListEveryRouteOfTheTable() throws IOException {
        // Only the table is read here; no endpoint is called, so no service is needed.
        Routes routes = ApiRoutes.build(null, null, null, null, List.of(), null, null, ResponseCache.NONE, null, null, null, null);
        List<String> fromTable = routes.all().stream()
                .map(r -> r.method() + " | `" + r.template() + "` | " + roles(r.access()))
                .toList();
        List<String> fromDocs = new ArrayList<>();
        for (String line : documentedRows()) {
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            assertThat(cells).as(line).hasSize(5);
            assertThat(cells[3].trim()).as("success status of " + line).matches("\\d{3}");
            assertThat(cells[4].trim()).as("bodies of " + line).isNotEmpty();
            fromDocs.add(cells[0].trim() + " | " + cells[1].trim() + " | " + cells[2].trim());
        }
        assertThat(fromDocs).containsExactlyElementsOf(fromTable);
    }

    /** README and docs stand alone: every relative link resolves inside the repository, to a file that exists. */
    @Test
    void docsLinkOnlyInsideTheRepository() throws IOException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        List<Path> pages = new ArrayList<>(List.of(repo.resolve("README.md")));
        try (var docs = Files.list(repo.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)#\\s]+)[^)]*\\)");
        for (Path page : pages) {
            String text = Files.readString(page);
            assertThat(text).as(page + " names the contract outside the repository").doesNotContain("/shared/");
            java.util.regex.Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                Path resolved = page.getParent().resolve(target).normalize();
                assertThat(resolved).as(page + " links " + target).startsWith(repo).exists();
            }
        }
    }

    private static String roles(Access access) {
        return switch (access) {
            case PUBLIC -> "none";
            case ANY -> "all";
            case INFRASTRUCTURE -> "infrastructure";
            case ADMINISTRATOR -> "administrator";
            case CONTROL -> "admin token";
        };
    }

    private static List<String> documentedRows() throws IOException {
        Path docs = Path.of("../docs/api.md");
        List<String> lines = Files.readAllLines(docs);
        int begin = lines.indexOf("<!-- routes: begin -->");
        int end = lines.indexOf("<!-- routes: end -->");
        assertThat(begin).as("routes markers in " + docs).isNotNegative().isLessThan(end);
        return lines.subList(begin + 3, end);
    }
}
