package org.w3id.cydip.web;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text folded for matching: accents and other marks removed (NFKD), case folded,
 * letters that do not decompose spelled out ({@code ß}, {@code ø}, {@code œ}...),
 * everything that is not a letter or digit a single space. "Indonésie" and
 * "INDONESIE" give the same key; so do "Россия" and "россия".
 */
final class TextKey {
    private static final Map<Integer, String> SPELLED = Map.of(
            (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ø', "o", (int) 'đ', "d",
            (int) 'ł', "l", (int) 'ı', "i", (int) 'þ', "th", (int) 'ð', "d");

    private TextKey() {}

    static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK)
                continue;
            int lower = Character.toLowerCase(c);
            if (Character.isLetterOrDigit(lower)) {
                String spelled = SPELLED.get(lower);
                if (spelled != null)
                    b.append(spelled);
                else
                    b.appendCodePoint(lower);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ')
            b.setLength(end - 1);
        return b.toString();
    }
}
