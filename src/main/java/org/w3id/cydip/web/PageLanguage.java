package org.w3id.cydip.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.w3id.cydip.publish.Languages;

/**
 * The language a page is written in: one of the seven the graph labels things in.
 * Chosen by {@code ?lang=}, else by the reader's {@code Accept-Language}, else English.
 *
 * @param code    the BCP 47 primary tag ({@code fr})
 * @param autonym the language's name in itself, for the language switcher
 * @param rtl     written right to left
 */
public record PageLanguage(String code, String autonym, boolean rtl) {
    public static final PageLanguage ENGLISH = new PageLanguage("en", "English", false);
    /** Every page language, in the order the switcher lists them. */
    public static final List<PageLanguage> ALL = List.of(
            new PageLanguage("ar", "العربية", true),
            new PageLanguage("zh", "中文", false),
            ENGLISH,
            new PageLanguage("es", "Español", false),
            new PageLanguage("fr", "Français", false),
            new PageLanguage("id", "Bahasa Indonesia", false),
            new PageLanguage("ru", "Русский", false));

    /** The page language named by {@code tag} ({@code fr}, {@code fr-CH}), if it is one of {@link #ALL}. */
    public static Optional<PageLanguage> of(String tag) {
        if (tag == null)
            return Optional.empty();
        String primary = tag.strip().toLowerCase(Locale.ROOT).replaceFirst("[-_].*$", "");
        return ALL.stream().filter(l -> l.code.equals(primary)).findFirst();
    }

    /** The page language for an explicit {@code ?lang=} value (may be null) and the reader's languages. */
    public static PageLanguage choose(String explicit, Languages reader) {
        Optional<PageLanguage> chosen = of(explicit);
        if (chosen.isPresent())
            return chosen.get();
        for (String range : reader.ranges()) {
            Optional<PageLanguage> l = of(range);
            if (l.isPresent())
                return l.get();
        }
        return ENGLISH;
    }

    public String dir() {
        return rtl ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
