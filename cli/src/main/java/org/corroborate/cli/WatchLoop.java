package org.corroborate.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.corroborate.api.Problem;
import org.corroborate.store.StoreException;
import org.corroborate.watch.PollReport;
import org.corroborate.watch.Watcher;

/**
 * Polls due feeds, prints what each poll did, then sleeps until the next feed is due (at most {@code every}), until
 * interrupted. Used by {@code watch} and {@code serve --watch}. Runs on the calling thread.
 */
final class WatchLoop {

    private final Watcher watcher;
    private final Duration every;
    private final PrintWriter out;
    private final PrintWriter err;

    WatchLoop(Watcher watcher, Duration every, PrintWriter out, PrintWriter err) {
        this.watcher = watcher;
        this.every = every;
        this.out = out;
        this.err = err;
    }

    /** One poll of the due feeds; true when something failed. */
    boolean pollOnce() throws InterruptedException {
        PollReport report = watcher.poll(Instant.now());
        report.feeds().forEach(line -> out.println(Instant.now() + " " + line));
        for (Problem problem : report.problems()) {
            err.println(problem);
        }
        if (report.stored() != null) {
            out.printf(Locale.ROOT, "%s stored: %d added, %d updated; %d stories%n", Instant.now(),
                    report.stored().added().size(), report.stored().updated().size(), report.stored().stories());
        }
        out.flush();
        err.flush();
        return report.hadProblems();
    }

    /** Polls until interrupted; a store failure is printed and the loop goes on at the next tick. */
    void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    pollOnce();
                } catch (StoreException e) {
                    err.println("corroborate: " + e.getMessage());
                }
                Instant next = watcher.nextDue();
                Instant cap = Instant.now().plus(every);
                Instant wake = next == null || next.isAfter(cap) ? cap : next;
                long millis = Math.max(1000, Duration.between(Instant.now(), wake).toMillis());
                Thread.sleep(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
