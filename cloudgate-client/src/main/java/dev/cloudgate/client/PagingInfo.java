package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * The paging part of a query result (SPEC §6.5).
 *
 * @param pageNum    this page's number, from 1
 * @param pageSize   items per page
 * @param pagesCount how many pages there are (at least 1)
 * @param links      {@code First}, {@code Previous}, {@code Next}, {@code Last} as they apply
 */
public record PagingInfo(int pageNum, int pageSize, int pagesCount, List<Link> links) {
    /** Copies {@code links}. */
    public PagingInfo {
        links = List.copyOf(links);
    }

    static PagingInfo from(Doc d) {
        return new PagingInfo(orZero(d.integer("PageNum")), orZero(d.integer("PageSize")), orZero(d.integer("PagesCount")), d.links());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
