package org.w3id.cydip.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.w3id.cydip.CydipException;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.StoreLocation;
import org.w3id.cydip.validate.ValidatedDataset;

import picocli.CommandLine.Option;

/**
 * {@code --store DIR} and {@code --in-memory}: where the validated graph is kept. By
 * default, in a store in the cache folder ({@link StoreLocation}), the one {@code serve}
 * keeps too, so that a command after the first reads a store validated once per content.
 */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the validated TDB2 store in DIR: the first run bulk-loads and validates the files, later runs"
                    + " reuse it while the files are unchanged and apply and validate only what changed"
                    + " (default: a store in the cache folder: $CYDIP_CACHE_DIR, else $XDG_CACHE_HOME/cydip, else ~/.cache/cydip).")
    Path store;

    @Option(names = "--in-memory",
            description = "Read the files into memory and validate them whole, keeping no store (for small graphs).")
    boolean inMemory;

    /** The store directory to use for {@code files}: DIR, else the default; null in memory. */
    Path dir(ProjectFiles files) {
        if (inMemory && store != null)
            throw new CliUsageException("--in-memory and --store DIR exclude each other: choose one");
        return inMemory ? null : store != null ? store : StoreLocation.defaultStore(files, System.getenv());
    }

    /**
     * The validated data of {@code files}. When the store is in use by another process (a
     * running {@code serve}), the files are read into memory instead, and {@code err} says so.
     */
    ValidatedDataset open(ProjectFiles files, PrintWriter err) {
        Path dir = dir(files);
        if (dir == null)
            return ValidatedDataset.open(files, null);
        try {
            return ValidatedDataset.open(files, dir);
        } catch (RuntimeException e) {
            if (Main.environmentProblem(e) == null || e instanceof CydipException)
                throw e;
            err.println("cydip: the store " + dir + " is in use by another process (a running `cydip serve`?);"
                    + " reading the files into memory instead");
            err.flush();
            return ValidatedDataset.open(files, null);
        }
    }

    /** A command line whose options do not fit together (exit 2). */
    static final class CliUsageException extends CydipException {
        CliUsageException(String message) {
            super(message);
        }
    }
}
