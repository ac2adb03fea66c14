package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextKeyTest {
    @Test
    void accents_case_and_punctuation_fold_away() {
        assertEquals("indonesie", TextKey.of("Indonésie"));
        assertEquals("cote d ivoire", TextKey.of("Côte d’Ivoire"));
        assertEquals("россия", TextKey.of("РОССИЯ"));
        assertEquals("a res 74 247", TextKey.of("A/RES/74/247"));
    }

    @Test
    void letters_that_do_not_decompose_are_spelled_out() {
        assertEquals("strasse", TextKey.of("Straße"));
        assertEquals("oresund", TextKey.of("Øresund"));
        assertEquals("lodz", TextKey.of("Łódź"));
    }

    @Test
    void arabic_marks_are_dropped_and_chinese_is_kept() {
        assertEquals(TextKey.of("روسيا"), TextKey.of("رُوسِيَا"));
        assertEquals("俄罗斯", TextKey.of("俄罗斯"));
    }

    @Test
    void the_whole_name_ranks_before_its_start_before_a_word_before_anywhere() {
        String[] q = {"budapest"};
        assertEquals(0, SearchIndex.score("budapest", "budapest", q));
        assertEquals(1, SearchIndex.score("budapest convention", "budapest", q));
        assertEquals(2, SearchIndex.score("protocol to the budapest convention", "budapest", q));
        assertEquals(3, SearchIndex.score("budapest convention", "convention budapest",
                new String[] {"convention", "budapest"}));
        assertEquals(4, SearchIndex.score("xbudapesty", "budapest", q));
        assertEquals(-1, SearchIndex.score("paris call", "budapest", q));
    }
}
