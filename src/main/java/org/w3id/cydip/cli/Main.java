package org.w3id.cydip.cli;

import java.net.BindException;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.sys.JenaSystem;
import org.w3id.cydip.CydipException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cydip}: the command line. Exit codes: 0 success, 1 the answer is "no"
 * (violations, a failed check), 2 usage error or unreadable input. Results go to
 * stdout, diagnostics to stderr.
 */
@Command(name = "cydip", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The cyber-diplomacy knowledge graph: serve, validate, query, import and export it.",
        subcommands = {ServeCommand.class, ValidateCommand.class, QueryCommand.class, QueriesCommand.class, ExportCommand.class,
                ImportCommand.class, ExportChangesCommand.class, HashPasswordCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    public static final int NO = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static {
        // Initialise Jena before any class of ours touches a Jena constant in a static
        // initialiser: starting it from inside XSDDatatype's own initialisation fails.
        JenaSystem.init();
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs a command line with its own output and error writers (tests call this). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** A one-line message for failures of the environment (a port in use, a locked store), else null. */
    static String environmentProblem(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BindException)
                return "cannot listen: " + t.getMessage() + " (another server on that port? use --port)";
            if (t instanceof DBOpEnvException
                    || t instanceof AlreadyLocked)
                return "the store is in use by another process: " + t.getMessage();
        }
        return null;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String problem = ex instanceof CydipException ? ex.getMessage() : environmentProblem(ex);
            if (problem == null)
                throw ex;
            cmd.getErr().println("cydip: " + problem);
            cmd.getErr().flush();
            return USAGE;
        });
        return cl;
    }
}
