package org.w3id.cydip.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.w3id.cydip.curate.PasswordHash;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Print a curators-file line USER:HASH for the password read from stdin (PBKDF2-HMAC-SHA512, salted).",
                "Example: printf '%s' \"$pw\" | cydip hash-password alice >> curators.txt"})
final class HashPasswordCommand implements Callable<Integer> {
    @Parameters(paramLabel = "USER", description = "The curator's user name (no colon).")
    String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (user.contains(":") || user.isBlank()) {
            spec.commandLine().getErr().println("cydip: a user name must be non-empty and have no colon");
            return Main.USAGE;
        }
        String pw = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (pw == null || pw.isEmpty()) {
            spec.commandLine().getErr().println("cydip: no password on stdin");
            return Main.USAGE;
        }
        spec.commandLine().getOut().println(user + ":" + PasswordHash.hash(pw.toCharArray()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
