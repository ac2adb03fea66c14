package org.w3id.cydip.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks on text as it arrives, before any parser sees it: strict UTF-8 (a
 * malformed sequence is an error naming its byte offset, never a silent U+FFFD)
 * and a bound on JSON nesting (a parser that recurses must not be handed a
 * document deeper than its stack).
 */
public final class TextBytes {
    /** How deep a JSON document (a JSON-LD entry) may nest arrays and objects. */
    public static final int MAX_JSON_DEPTH = 100;

    private TextBytes() {}

    /** {@code bytes} as a string; a {@link LoadException} naming {@code what} and the byte offset if not UTF-8. */
    public static String utf8(byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new LoadException(what + ": invalid UTF-8 at byte " + in.position()
                    + " (send UTF-8; nothing is replaced)");
        }
    }

    /** A {@link LoadException} naming {@code what} and the byte offset if JSON nests deeper than {@code max}. */
    public static void requireJsonDepth(byte[] bytes, int max, String what) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\')
                    i++;
                else if (b == '"')
                    inString = false;
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max)
                    throw new LoadException(what + ": JSON nested deeper than " + max + " levels at byte " + i);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
    }
}
