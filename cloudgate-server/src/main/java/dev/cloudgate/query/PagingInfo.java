package dev.cloudgate.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code PagingInfo} of a {@code QueryResult} (SPEC §6.5): where this page sits and links to
 * its neighbours, in the order First, Previous, Next, Last.
 */
public record PagingInfo(int pageNum, int pageSize, int pagesCount, List<PageLink> links) {

    /** One paging link: {@code rel} is First, Previous, Next or Last. */
    public record PageLink(String rel, String href) {
        public PageLink {
            Objects.requireNonNull(rel);
            Objects.requireNonNull(href);
        }
    }

    public PagingInfo {
        links = List.copyOf(links);
    }

    /**
     * Paging for a query that matched {@code matches} rows.
     *
     * @param base the API base without a trailing slash, e.g. {@code https://localhost:9398/api}
     */
    public static PagingInfo of(QueryParameters parameters, long matches, String base) {
        int pageSize = parameters.pageSizeFor(matches);
        int pagesCount = (int) Math.max(1, (matches + pageSize - 1) / pageSize);
        int pageNum = parameters.page();
        // Links repeat the request as received minus every pageSize/page in any case (SPEC §7 A52).
        String kept = QueryString.parse(parameters.rawQuery()).without("pageSize", "page");
        String prefix = base + "/query?" + (kept.isEmpty() ? "" : kept + "&") + "pageSize=" + pageSize + "&page=";
        List<PageLink> links = new ArrayList<>();
        links.add(new PageLink("First", prefix + 1));
        if (pageNum > 1) {
            links.add(new PageLink("Previous", prefix + (pageNum - 1)));
        }
        if (pageNum < pagesCount) {
            links.add(new PageLink("Next", prefix + (pageNum + 1)));
        }
        links.add(new PageLink("Last", prefix + pagesCount));
        return new PagingInfo(pageNum, pageSize, pagesCount, links);
    }
}
