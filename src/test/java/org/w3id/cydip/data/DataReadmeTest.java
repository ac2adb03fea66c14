package org.w3id.cydip.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** data/README.md's totals are the graph's, counted here, not by hand. */
class DataReadmeTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)\\.ttl` \\| .* \\| (\\d+) \\|$", Pattern.MULTILINE);

    private static String readme() throws IOException {
        return Files.readString(Path.of("data/README.md"));
    }

    @Test
    void each_files_count_is_the_number_of_typed_resources_in_its_graph() throws IOException {
        Map<String, Long> said = new TreeMap<>();
        Matcher m = ROW.matcher(readme());
        while (m.find())
            said.put(m.group(1), Long.parseLong(m.group(2)));
        Map<String, Long> counted = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).forEach(n -> {
                String kind = n.substring(0, n.length() - 4);
                counted.put(kind, LoadedGraph.count("""
                        SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <https://w3id.org/cydip/graph/%s> { ?s a ?c } }"""
                        .formatted(kind)));
            });
        }
        assertEquals(counted, said, "data/README.md's table against the loaded graph");
    }

    @Test
    void the_budapest_parties_without_a_dated_consent_are_as_many_as_the_readme_says() throws IOException {
        Matcher m = Pattern.compile("(\\d+) parties lack a ratification\\s+or accession date").matcher(readme());
        assertTrue(m.find(), "the README names how many Budapest parties lack a date");
        assertEquals(Long.parseLong(m.group(1)), LoadedGraph.count("""
                SELECT (COUNT(DISTINCT ?state) AS ?n) WHERE {
                  %s
                  FILTER NOT EXISTS { ?d cydip:instrument id:instrument\\/budapest-ets185 ; cydip:actor ?state ;
                    cydip:date ?date ; cydip:actType ?c
                    VALUES ?c { id:act-type\\/ratification id:act-type\\/acceptance id:act-type\\/approval
                                id:act-type\\/accession } }
                }""".formatted(LoadedGraph.BUDAPEST_PARTY)));
    }

    @Test
    void the_release_is_the_version_the_readme_and_changes_name() throws IOException {
        String version = LoadedGraph.select("""
                SELECT ?v WHERE { <https://w3id.org/cydip/.well-known/void#cydip>
                  <http://www.w3.org/2002/07/owl#versionInfo> ?v }""").getFirst().getLiteral("v").getString();
        assertTrue(readme().contains("(release " + version + ")"), version);
        assertTrue(Files.readString(Path.of("data/CHANGES.md")).contains("## " + version + " "), version);
    }
}
