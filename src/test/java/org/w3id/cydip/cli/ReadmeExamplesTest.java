package org.w3id.cydip.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cydip.testing.RealServerTest;

/**
 * The README's examples work as written: every block marked {@code <!-- tested -->}
 * is run from the checkout, {@code ./cydip} in this JVM and {@code curl} against a
 * server on the real graph on port 0 standing for {@code ./cydip serve} (its
 * {@code 127.0.0.1:3030} replaced by the server's address; {@code --fail} added, so
 * an HTTP error fails). A {@code console} block's output must be printed as shown.
 */
class ReadmeExamplesTest extends RealServerTest {
    private static final String SERVED = "http://127.0.0.1:3030";
    static List<ReadmeExamples.Example> examples() throws IOException {
        return ReadmeExamples.parse(Files.readString(Path.of("README.md"))).examples();
    }

    @Test
    void the_readme_marks_examples_of_the_cli_the_api_and_a_report() throws IOException {
        List<String> commands = examples().stream().map(ReadmeExamples.Example::command).toList();
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("./cydip query ")), commands.toString());
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("curl ")), commands.toString());
        assertTrue(examples().stream().anyMatch(e -> e.expected() != null && !e.expected().isEmpty()), commands.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_works_as_written(ReadmeExamples.Example example) throws Exception {
        String command = example.command();
        if (command.startsWith("./cydip "))
            cydip(example);
        else if (command.startsWith("curl "))
            curl(example);
        else
            throw new AssertionError(example + ": only ./cydip and curl examples can be marked tested");
    }

    private static void cydip(ReadmeExamples.Example example) {
        List<String> words = ReadmeExamples.words(example.command().replace("\\\n", " "));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                words.subList(1, words.size()).toArray(String[]::new));
        if (example.expected() == null) {
            assertEquals(0, code, example + "\n" + err);
            assertFalse(out.toString().isBlank(), example + " printed nothing");
        } else {
            assertTrue(code == 0 || code == 1, example + " exit " + code + "\n" + err);
            assertEquals(example.expected(), out.toString().strip(), example.toString());
        }
    }

    private static void curl(ReadmeExamples.Example example) throws Exception {
        String command = "curl --fail-with-body " + example.command().substring("curl ".length())
                .replace(SERVED, server.url("").replaceFirst("/$", ""));
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] body = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), example + " did not finish");
        String output = new String(body, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), example + "\n" + output);
        assertFalse(output.isBlank(), example + " printed nothing");
        if (example.expected() != null)
            assertEquals(example.expected(), output.strip(), example.toString());
    }
}
