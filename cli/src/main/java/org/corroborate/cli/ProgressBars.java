package org.corroborate.cli;

import java.io.PrintWriter;

import org.corroborate.engine.Progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a progress bar on stderr for phases with at least {@code threshold} steps, when enabled (an interactive
 * terminal). Not thread-safe for {@link #begin}/{@link #end}; {@link #advance()} may be called concurrently.
 */
final class ProgressBars implements Progress, AutoCloseable {

    private final boolean enabled;
    private final int threshold;
    private final PrintWriter err;
    private volatile ProgressBar bar;

    ProgressBars(boolean enabled, int threshold, PrintWriter err) {
        this.enabled = enabled;
        this.threshold = threshold;
        this.err = err;
    }

    @Override
    public void begin(String phase, int total) {
        end();
        if (enabled && total >= threshold) {
            bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public void advance() {
        ProgressBar current = bar;
        if (current != null) {
            current.step();
        }
    }

    @Override
    public void end() {
        ProgressBar current = bar;
        if (current != null) {
            current.close();
            bar = null;
            err.flush();
        }
    }

    @Override
    public void close() {
        end();
    }
}
