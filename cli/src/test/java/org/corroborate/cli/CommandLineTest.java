package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void versionAndHelpExitZero() {
        CliRun version = CliRun.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("corroborate ");

        CliRun help = CliRun.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("brief", "Exit codes");

        assertThat(help.out()).contains("extract", "annotate", "cluster", "add", "serve", "eval");
        CliRun evalHelp = CliRun.run("eval", "--help");
        assertThat(evalHelp.exitCode()).isZero();
        assertThat(evalHelp.out()).contains("extraction", "quotes", "clustering", "summaries");
        for (String command : new String[] {"extract", "annotate", "cluster", "add", "serve"}) {
            assertThat(CliRun.run(command, "--help").exitCode()).as(command).isZero();
        }

        CliRun briefHelp = CliRun.run("brief", "--help");
        assertThat(briefHelp.exitCode()).isZero();
        assertThat(briefHelp.out()).contains("--out", "--format", "--max-words");
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(CliRun.run().exitCode()).isEqualTo(1);
        assertThat(CliRun.run("brief").exitCode()).isEqualTo(1);
        assertThat(CliRun.run("brief", "--no-such-option", "x").exitCode()).isEqualTo(1);
        assertThat(CliRun.run("frobnicate").exitCode()).isEqualTo(1);

        CliRun badFormat = CliRun.run("brief", "--format", "pdf", "examples");
        assertThat(badFormat.exitCode()).isEqualTo(1);
        assertThat(badFormat.err()).contains("pdf");

        CliRun badSize = CliRun.run("brief", "--max-input-mb", "0", "examples");
        assertThat(badSize.exitCode()).isEqualTo(1);
        assertThat(badSize.err()).contains("--max-input-mb");

        CliRun badWords = CliRun.run("brief", "--max-words", "0", "examples");
        assertThat(badWords.exitCode()).isEqualTo(1);
        assertThat(badWords.err()).contains("--max-words");

        CliRun badSkip = CliRun.run("eval", "summaries", "--data", "examples", "--skip", "-1");
        assertThat(badSkip.exitCode()).isEqualTo(1);
        assertThat(badSkip.err()).contains("--skip");
    }

    @Test
    void aBugIsReportedWithItsKindAndPlaceAnErrorOnPurposeWithItsMessageOnly() {
        IndexOutOfBoundsException bug = new IndexOutOfBoundsException("start > end");
        bug.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.regex.Matcher", "region", "Matcher.java", 1),
            new StackTraceElement("org.corroborate.annotate.QuoteMarks", "words", "QuoteMarks.java", 79)});
        assertThat(CorroborateCommand.describe(bug))
                .isEqualTo("internal error: IndexOutOfBoundsException: start > end (at QuoteMarks.words, line 79)");
        assertThat(CorroborateCommand.describe(new org.corroborate.api.BadInputException("a.html", "empty")))
                .doesNotContain("internal error").contains("a.html");
    }
}
