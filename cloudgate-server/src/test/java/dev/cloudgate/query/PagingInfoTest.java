package dev.cloudgate.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.query.PagingInfo.PageLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingInfoTest {

    private static final String BASE = "https://localhost:9398/api";

    @Test
    void withoutPageSizeAllMatchesAreOnOnePageOfAtLeast100() {
        String raw = "type=CloudGateway&format=Entities&sortAsc=name&filter=BackupServerName==%22vbr01.tech.local%22;Enabled==true";

        PagingInfo paging = paging(raw, 3);

        String href = BASE + "/query?" + raw + "&pageSize=100&page=1";
        assertThat(paging).isEqualTo(new PagingInfo(1, 100, 1,
                List.of(new PageLink("First", href), new PageLink("Last", href))));
        assertThat(paging("type=Task", 250).pageSize()).isEqualTo(250);
    }

    @Test
    void firstPageLinksToNextAndLast() {
        PagingInfo paging = paging("type=BackupServer&pageSize=1", 2);

        assertThat(paging.pageNum()).isEqualTo(1);
        assertThat(paging.pageSize()).isEqualTo(1);
        assertThat(paging.pagesCount()).isEqualTo(2);
        assertThat(paging.links()).containsExactly(
                new PageLink("First", BASE + "/query?type=BackupServer&pageSize=1&page=1"),
                new PageLink("Next", BASE + "/query?type=BackupServer&pageSize=1&page=2"),
                new PageLink("Last", BASE + "/query?type=BackupServer&pageSize=1&page=2"));
    }

    @Test
    void middlePageLinksBothWays() {
        assertThat(paging("type=X&pageSize=10&page=2", 25).links()).extracting(PageLink::rel)
                .containsExactly("First", "Previous", "Next", "Last");
    }

    @Test
    void lastPageHasNoNext() {
        PagingInfo paging = paging("type=X&pageSize=10&page=3", 25);

        assertThat(paging.pagesCount()).isEqualTo(3);
        assertThat(paging.links()).extracting(PageLink::rel).containsExactly("First", "Previous", "Last");
    }

    @Test
    void pagePastTheEndKeepsTheRequestedNumber() {
        PagingInfo paging = paging("type=X&pageSize=10&page=7", 25);

        assertThat(paging.pageNum()).isEqualTo(7);
        assertThat(paging.pagesCount()).isEqualTo(3);
        assertThat(paging.links()).extracting(PageLink::href).containsExactly(
                BASE + "/query?type=X&pageSize=10&page=1",
                BASE + "/query?type=X&pageSize=10&page=6",
                BASE + "/query?type=X&pageSize=10&page=3");
    }

    @Test
    void noMatchesIsStillOnePage() {
        PagingInfo paging = paging("type=X&pageSize=5", 0);

        assertThat(paging.pagesCount()).isEqualTo(1);
        assertThat(paging.links()).extracting(PageLink::rel).containsExactly("First", "Last");
    }

    @Test
    void linksDropEveryPageSizeAndPageInAnyCaseButKeepTheRestAsReceived() {
        PagingInfo paging = paging("PAGESIZE=3&type=Task&Page=2&filter=State%3D%3DFinished&pagesize=9&sortAsc=TaskUid", 10);

        assertThat(paging.links().getFirst().href())
                .isEqualTo(BASE + "/query?type=Task&filter=State%3D%3DFinished&sortAsc=TaskUid&pageSize=3&page=1");
    }

    private static PagingInfo paging(String rawQuery, long matches) {
        return PagingInfo.of(QueryParameters.parse(rawQuery), matches, BASE);
    }
}
