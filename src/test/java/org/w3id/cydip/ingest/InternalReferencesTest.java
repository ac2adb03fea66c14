package org.w3id.cydip.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A note loses its pointers to the project's files; a file the sentence speaks of is named for what it is. */
class InternalReferencesTest {
    private final InternalReferences refs = new InternalReferences(Path.of("data/sources"));

    @Test
    void a_bracket_that_only_points_at_a_table_is_dropped() {
        assertEquals("Adopted without a vote on 2024-12-24; no ratifications found.",
                refs.strip("Adopted without a vote on 2024-12-24 (votes/unga_totals.csv; votes/SOURCES.md section B); "
                        + "no ratifications found."));
        assertEquals("Circulated by the letter of 9 Jan 2015.", refs.strip("Circulated by the letter of 9 Jan 2015 (positions/disputes.csv, D3)."));
    }

    @Test
    void a_pointer_to_later_counts_is_dropped_and_a_table_spoken_of_is_named() {
        assertEquals("Partners at launch: 60 (fact sheet). No item.",
                refs.strip("Partners at launch: 60 (fact sheet); see coalitions/SOURCES.md for later counts. No item."));
        assertEquals("iso3 TWN as in cydip's states table", refs.strip("iso3 TWN as in actors/states.csv"));
        assertEquals("\u201cTreaty participation: sources and gaps\u201d records 3 ratifications",
                refs.strip("treaties/SOURCES.md records 3 ratifications"));
    }

    @Test
    void an_external_file_name_is_kept() {
        String ref = "github:datasets/country-codes:data/country-codes.csv@caa72d1e";
        assertEquals(ref, refs.strip(ref));
    }
}
