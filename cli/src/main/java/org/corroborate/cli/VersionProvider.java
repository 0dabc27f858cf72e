package org.corroborate.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (set by the build), else "development". */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "corroborate " + (version == null ? "development build" : version),
            "Licence GPL-3.0-or-later. Java " + System.getProperty("java.version")
        };
    }
}
