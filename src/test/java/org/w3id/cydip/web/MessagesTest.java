package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Templates templates = new Templates();

    @Test
    void every_page_language_has_every_word_of_the_english_interface() {
        Map<String, String> en = templates.messages(PageLanguage.ENGLISH);
        for (PageLanguage l : PageLanguage.ALL) {
            Map<String, String> m = templates.messages(l);
            assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(m.keySet()), l.code());
            m.forEach((k, v) -> assertFalse(v.isBlank(), l.code() + " " + k));
        }
    }

    @Test
    void the_words_are_in_their_own_language_not_english_fallbacks() {
        Map<String, String> en = templates.messages(PageLanguage.ENGLISH);
        for (PageLanguage l : PageLanguage.ALL)
            if (!l.equals(PageLanguage.ENGLISH))
                assertNotEquals(en.get("landingSearchLabel"), templates.messages(l).get("landingSearchLabel"), l.code());
        assertEquals("Rechercher", templates.messages(PageLanguage.of("fr").orElseThrow()).get("searchButton"));
        assertEquals("بحث", templates.messages(PageLanguage.of("ar").orElseThrow()).get("searchButton"));
    }
}
