package org.corroborate.cli;

import java.time.Duration;

import org.corroborate.fetch.FetchOptions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How commands that fetch from the web fetch, as a picocli mixin. Not thread-safe (filled by picocli, read by one
 * command).
 */
final class NetworkOptions {

    @Option(names = "--allow-private-network",
            description = "Also fetch from loopback, private and link-local addresses (refused by default).")
    boolean allowPrivateNetwork;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest wait for one response. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--host-interval", paramLabel = "MILLISECONDS", defaultValue = "1000",
            description = "Least time between two requests to the same host. Default: ${DEFAULT-VALUE}.")
    long hostIntervalMillis;

    /** The fetch options these flags give; a usage error when a value is out of range. */
    FetchOptions fetchOptions(CommandSpec spec) {
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be 1 to 600 seconds");
        }
        if (hostIntervalMillis < 0 || hostIntervalMillis > 600_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--host-interval must be 0 to 600000 milliseconds");
        }
        FetchOptions defaults = FetchOptions.DEFAULTS;
        return defaults.withAllowPrivateNetwork(allowPrivateNetwork)
                .withTimeouts(defaults.connectTimeout(), Duration.ofSeconds(timeoutSeconds))
                .withPacing(defaults.maxAttempts(), defaults.initialBackoff(), defaults.maxBackoff(),
                        Duration.ofMillis(hostIntervalMillis));
    }
}
