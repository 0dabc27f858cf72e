package org.corroborate.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.corroborate.fetch.FetchException;
import org.corroborate.fetch.FetchResult;
import org.corroborate.fetch.Fetcher;
import org.corroborate.fetch.Validators;
import org.corroborate.ingest.IngestResult;
import org.corroborate.ingest.Inputs;
import org.corroborate.store.FeedRecord;
import org.corroborate.store.Feeds;
import org.corroborate.store.PageRecord;
import org.corroborate.store.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** The {@link Watcher}: feed state and page records live in the store, so a restart resumes where it stopped. */
final class FeedWatcher implements Watcher {

    private final Store store;
    private final Feeds feeds;
    private final Fetcher fetcher;
    private final WatchOptions options;
    private final Clock clock;

    FeedWatcher(Store store, Fetcher fetcher, WatchOptions options, Clock clock) {
        this.store = store;
        this.feeds = store.feeds();
        this.fetcher = fetcher;
        this.options = options;
        this.clock = clock;
    }

    @Override
    public Outcome subscribe(String url) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Outcome(List.of(), url + ": not a URL (" + e.getMessage() + ")");
        }
        String now = clock.instant().toString();
        FetchResult result;
        try {
            result = fetcher.fetch(uri, Validators.NONE);
        } catch (FetchException e) {
            return new Outcome(List.of(), e.getMessage());
        }
        String text = new String(result.body(), StandardCharsets.UTF_8);
        if (FeedParser.looksLikeFeed(text)) {
            Optional<Feed> feed = FeedParser.parse(text, result.finalUri());
            if (feed.isPresent()) {
                subscribeOne(uri.toString(), feed.get().title(), now);
                return new Outcome(List.of(uri.toString()), null);
            }
        }
        List<URI> found = FeedParser.discover(text, result.finalUri());
        if (found.isEmpty()) {
            return new Outcome(List.of(), uri + ": neither an RSS/Atom feed nor a page that links to one");
        }
        List<String> subscribed = new ArrayList<>();
        for (URI feed : found) {
            subscribeOne(feed.toString(), null, now);
            subscribed.add(feed.toString());
        }
        return new Outcome(subscribed, null);
    }

    private void subscribeOne(String url, String title, String now) {
        if (feeds.get(url).isEmpty()) {
            feeds.put(FeedRecord.subscribed(url, title, now));
        }
    }

    @Override
    public Instant nextDue() {
        Instant earliest = null;
        for (FeedRecord feed : feeds.list()) {
            Instant due = feed.nextPollAt() == null ? Instant.EPOCH : Instant.parse(feed.nextPollAt());
            if (earliest == null || due.isBefore(earliest)) {
                earliest = due;
            }
        }
        return earliest;
    }

    @Override
    public PollReport poll(Instant now) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int fetched = 0;
        for (FeedRecord feed : feeds.list()) {
            if (feed.nextPollAt() != null && Instant.parse(feed.nextPollAt()).isAfter(now)) {
                continue;
            }
            FeedPoll poll = new FeedPoll(feed, now);
            poll.run(documents, problems);
            fetched += poll.fetched;
            lines.add(poll.line);
        }
        return new PollReport(lines, fetched, documents.isEmpty() ? null : store.add(documents, problems),
                problems);
    }

    @Override
    public PollReport addUrls(List<String> urls) throws InterruptedException {
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int fetched = 0;
        for (String url : urls) {
            String now = clock.instant().toString();
            int before = problems.size();
            Optional<RawDocument> page = fetchPage(url, feeds.page(url), null, null, DocumentHints.NONE, now,
                    problems);
            fetched++;
            page.ifPresent(documents::add);
            lines.add(url + (page.isPresent() ? ": fetched" : problems.size() == before ? ": not modified"
                    : ": failed"));
        }
        return new PollReport(lines, fetched, documents.isEmpty() ? null : store.add(documents, problems),
                problems);
    }

    /**
     * Fetches a page (conditionally when it was fetched before) and records it.
     *
     * @param known what is recorded of the page; empty when it was never fetched
     * @return the document when the page is new or changed; empty when not modified or failed (then a problem)
     */
    private Optional<RawDocument> fetchPage(String url, Optional<PageRecord> known, String feedUrl,
                                            String itemUpdated, DocumentHints given, String now,
                                            List<Problem> problems) throws InterruptedException {
        Validators validators = known.filter(PageRecord::fetched)
                .map(p -> new Validators(p.etag(), p.lastModified())).orElse(Validators.NONE);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.skipped(url, "not a URL: " + e.getMessage()));
            return Optional.empty();
        }
        FetchResult result;
        try {
            result = fetcher.fetch(uri, validators);
        } catch (FetchException e) {
            problems.add(Problem.skipped(url, e.getMessage().startsWith(url) ? e.getMessage()
                    .substring(url.length()).replaceFirst("^: ", "") : e.getMessage()));
            return Optional.empty();
        }
        String firstSeen = known.map(PageRecord::firstSeenAt).orElse(now);
        feeds.putPage(new PageRecord(url, feedUrl != null ? feedUrl : known.map(PageRecord::feedUrl).orElse(null),
                itemUpdated, result.validators().etag(), result.validators().lastModified(), now, firstSeen, true));
        if (result.notModified()) {
            return Optional.empty();
        }
        DocumentHints hints = new DocumentHints(given.id(), url, given.title(), given.outlet(), given.byline(),
                given.published(), given.language());
        IngestResult read = Inputs.fromBytes(url, result.body(), result.contentType(), hints, options.ingest());
        problems.addAll(read.problems());
        return read.documents().stream().findFirst();
    }

    /** One feed's poll; not reused. */
    private final class FeedPoll {

        private final FeedRecord feed;
        private final Instant now;
        private int fetched;
        private String line;

        FeedPoll(FeedRecord feed, Instant now) {
            this.feed = feed;
            this.now = now;
        }

        void run(List<RawDocument> documents, List<Problem> problems) throws InterruptedException {
            String stamp = now.toString();
            FetchResult result;
            try {
                result = fetcher.fetch(URI.create(feed.url()), new Validators(feed.etag(), feed.lastModified()));
            } catch (FetchException | IllegalArgumentException e) {
                failed(e.getMessage(), problems);
                return;
            }
            int added = 0;
            int updated = 0;
            String title = feed.title();
            if (!result.notModified()) {
                String text = new String(result.body(), StandardCharsets.UTF_8);
                Optional<Feed> parsed = FeedParser.parse(text, result.finalUri());
                if (parsed.isEmpty()) {
                    failed(feed.url() + ": not an RSS or Atom feed (content type " + result.contentType() + ")",
                            problems);
                    return;
                }
                title = parsed.get().title() != null ? parsed.get().title() : title;
                List<FeedItem> items = parsed.get().items();
                for (FeedItem item : items.subList(0, Math.min(items.size(), options.maxItemsPerPoll()))) {
                    Optional<PageRecord> page = feeds.page(item.link());
                    boolean changed = page.isPresent() && item.updated() != null
                            && !item.updated().equals(page.get().itemUpdated());
                    if (page.isPresent() && !changed) {
                        continue;
                    }
                    Optional<RawDocument> document = item(item, page, stamp, problems);
                    if (document.isPresent()) {
                        documents.add(document.get());
                        if (page.isPresent()) {
                            updated++;
                        } else {
                            added++;
                        }
                    }
                }
            }
            int revisited = revisit(documents, problems, stamp);
            feeds.put(new FeedRecord(feed.url(), title, result.validators().etag(), result.validators().lastModified(),
                    feed.addedAt(), stamp, result.notModified() ? "not_modified" : "ok", null, 0,
                    now.plus(options.interval()).toString()));
            line = feed.url() + ": " + (result.notModified() ? "not modified" : added + " new, " + updated
                    + " updated") + (revisited > 0 ? ", " + revisited + " edited page(s)" : "");
        }

        /** The item's document: its own text when the feed carries the whole article, else the fetched page. */
        private Optional<RawDocument> item(FeedItem item, Optional<PageRecord> known, String stamp,
                                           List<Problem> problems) throws InterruptedException {
            DocumentHints hints = new DocumentHints(null, item.link(), item.title(), null, item.authors(),
                    item.published(), null);
            String plain = Jsoup.parse(item.content()).text();
            if (words(plain) >= options.teaserWords()) {
                feeds.putPage(new PageRecord(item.link(), feed.url(), item.updated(), null, null, stamp,
                        known.map(PageRecord::firstSeenAt).orElse(stamp), false));
                String html = "<html><head><title>" + Entities.escape(item.title() == null ? "" : item.title())
                        + "</title></head><body><article>" + item.content() + "</article></body></html>";
                return Optional.of(new RawDocument(item.link(), ContentType.HTML, html, hints));
            }
            fetched++;
            return fetchPage(item.link(), known, feed.url(), item.updated(), hints, stamp, problems);
        }

        /** Re-checks recent pages of this feed for edits; returns how many changed. */
        private int revisit(List<RawDocument> documents, List<Problem> problems, String stamp)
                throws InterruptedException {
            int changed = 0;
            String since = now.minus(options.revisitWindow()).toString();
            Instant recheckBefore = now.minus(options.revisitEvery());
            Set<String> taken = new HashSet<>();
            documents.forEach(d -> taken.add(d.hints().url()));
            for (PageRecord page : feeds.pages(feed.url(), since)) {
                if (!page.fetched() || taken.contains(page.url())
                        || Instant.parse(page.fetchedAt()).isAfter(recheckBefore)) {
                    continue;
                }
                fetched++;
                Optional<RawDocument> document = fetchPage(page.url(), Optional.of(page), feed.url(),
                        page.itemUpdated(), DocumentHints.NONE, stamp, problems);
                if (document.isPresent()) {
                    documents.add(document.get());
                    changed++;
                }
            }
            return changed;
        }

        private void failed(String message, List<Problem> problems) {
            int failures = feed.failures() + 1;
            Duration wait = options.interval().multipliedBy(1L << Math.min(failures, 20));
            if (wait.compareTo(options.maxBackoff()) > 0) {
                wait = options.maxBackoff();
            }
            feeds.put(new FeedRecord(feed.url(), feed.title(), feed.etag(), feed.lastModified(), feed.addedAt(),
                    now.toString(), "error", message, failures, now.plus(wait).toString()));
            problems.add(Problem.skipped(feed.url(), message.startsWith(feed.url() + ": ")
                    ? message.substring(feed.url().length() + 2) : message));
            line = feed.url() + ": failed (" + failures + " in a row; next try in " + wait.toMinutes()
                    + " min): " + message;
        }
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

}
