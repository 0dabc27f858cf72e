package org.corroborate.cli;

/** The {@code corroborate} launcher: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CorroborateCommand.commandLine(EngineHolder.standard()).execute(args));
    }
}
