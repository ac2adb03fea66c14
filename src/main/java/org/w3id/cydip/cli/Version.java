package org.w3id.cydip.cli;

import org.w3id.cydip.load.CydipVersion;

import picocli.CommandLine.IVersionProvider;

/** The version Maven built ({@link CydipVersion}). */
public final class Version implements IVersionProvider {
    public static String get() {
        return CydipVersion.get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cydip " + get()};
    }
}
