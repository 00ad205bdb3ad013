package cn.gongkai.content;

import cn.gongkai.content.yaml.ControlCharacters;
import cn.gongkai.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFilesTest {

    /** Bytes near the edges of UTF-8's ranges, so random files hit every rule of the quick check. */
    private static final int[] BYTES = {0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x8F, 0x90,
            0x9F, 0xA0, 0xBD, 0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xE9, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
            0xF1, 0xF3, 0xF4, 0xF5, 0xFF};

    @Test
    void theQuickCheckTakesExactlyTheFilesTheStrictDecoderAcceptsWithoutControlCharacters() {
        Random random = new Random(6);
        int taken = 0;
        int takenBeyondAscii = 0;
        for (int n = 0; n < 300_000; n++) {
            byte[] b = new byte[random.nextInt(7)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) BYTES[random.nextInt(BYTES.length)];
            Optional<String> strict = strict(b);
            boolean quick = SourceFiles.plainUtf8(b, 0);
            assertEquals(strict.isPresent(), quick, () -> java.util.HexFormat.ofDelimiter(" ").formatHex(b));
            if (quick) {
                taken++;
                if (strict.get().chars().anyMatch(c -> c >= 0x80)) takenBeyondAscii++;
                assertEquals(strict.get(), SourceFiles.decode("a.yaml", b, f -> { throw new AssertionError(f); }).orElseThrow());
            }
        }
        assertTrue(taken > 10_000 && takenBeyondAscii > 1_000, taken + " random files were plain UTF-8, " + takenBeyondAscii
                + " of them beyond ASCII");
    }

    @Test
    void realTextIsTakenAndEachRefusedCharacterStillReported() {
        assertTrue(SourceFiles.plainUtf8("单位：万元\t合计 1,234.56\r\n\uD83D\uDE00 \u00A0 \uFFFD".getBytes(StandardCharsets.UTF_8), 0));
        for (String bad : List.of("\u0001", "\u007F", "\u0085", "\uFFFE", "\uFFFF")) {
            byte[] b = ("收入\n合计" + bad).getBytes(StandardCharsets.UTF_8);
            assertFalse(SourceFiles.plainUtf8(b, 0), bad);
            List<Finding> found = new ArrayList<>();
            assertTrue(SourceFiles.decode("a.yaml", b, found::add).isEmpty());
            assertEquals("FILE06", found.get(0).code());
            assertEquals(2, found.get(0).location().line());
            assertEquals(3, found.get(0).location().column());
        }
    }

    /** What decode gives: the strict decoder's text when it decodes and no refused character is in it. */
    private static Optional<String> strict(byte[] b) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return ControlCharacters.first(text) < 0 ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
