package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fixtures written for this test: notices of the common kinds, and news texts that use some of their words. */
class SiteNoticeTest {

    @Test
    void browserAndScriptWallsAreNotices() {
        assertThat(SiteNotice.detect("JavaScript is disabled\n\nPlease enable JavaScript in your browser to listen "
                + "to this podcast.")).isPresent();
        assertThat(SiteNotice.detect("We use cookies to improve your experience. By continuing to browse this "
                + "site you accept our privacy policy. Click here to manage your cookie settings.")).isPresent();
    }

    @Test
    void archivePlaceholdersErrorPagesAndWidgetsAreNotices() {
        assertThat(SiteNotice.detect("This collection holds web captures of regional news sites. The crawl "
                + "followed outlinks from each seed page; the archived files are not publicly accessible."))
                .isPresent();
        assertThat(SiteNotice.detect("Sorry, the page you requested could not be found (error 404). It may have "
                + "been moved. Please try again later or return to the homepage.")).isPresent();
        assertThat(SiteNotice.detect("Share your location with your posts\n\nYou can add your location to each "
                + "tweet from the web or the app, and delete your location history at any time. Learn more"))
                .isPresent();
        assertThat(SiteNotice.detect("Subscribe to our newsletter: sign up with your email address and get the "
                + "top stories in your inbox every morning.")).isPresent();
        assertThat(SiteNotice.detect("The video transcript could not be loaded. This video is not available in "
                + "your country. Try again later.")).isPresent();
    }

    @Test
    void theFindingNamesTheTermsAndCounts() {
        SiteNotice.Finding finding = SiteNotice.detect("JavaScript is disabled. Enable JavaScript in your browser.")
                .orElseThrow();
        assertThat(finding.terms()).containsExactly("browser", "disabled", "enable", "javascript");
        assertThat(finding.occurrences()).isEqualTo(5);
        assertThat(finding.describe()).startsWith("site notice (5 of ").contains("javascript");
    }

    @Test
    void newsAboutTheWebIsNoNotice() {
        // a short news item about a web archive: some notice words, but far from dense
        assertThat(SiteNotice.detect("The national library said on Tuesday it would double its funding for the "
                + "digital archive after a fire destroyed part of its paper collection in March. The director, "
                + "Maria Lind, told reporters that volunteers had saved most of the manuscripts.")).isEmpty();
        // headlines with web words
        assertThat(SiteNotice.detect("Twitter app adds video sharing for all users")).isEmpty();
        assertThat(SiteNotice.detect("New apps this week: the best apps for your phone, apps for travel")).isEmpty();
        assertThat(SiteNotice.detect("Saltmere fire: evacuated families spend night in sports hall")).isEmpty();
    }

    @Test
    void longTextsAndEmptyTextsAreNoNotices() {
        String notice = "Please enable JavaScript in your browser and sign in to your account. ";
        assertThat(SiteNotice.detect(notice)).isPresent();
        assertThat(SiteNotice.detect(notice + "word ".repeat(SiteNotice.MAX_WORDS))).isEmpty();
        assertThat(SiteNotice.detect("")).isEmpty();
        assertThat(SiteNotice.detect(" \n ")).isEmpty();
    }
}
