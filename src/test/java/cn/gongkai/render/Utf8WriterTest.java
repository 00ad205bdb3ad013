package cn.gongkai.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class Utf8WriterTest {

    /** What the page was before: the whole text encoded by the JDK. */
    private static byte[] expected(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void encodesAsciiChineseTwoByteAndSupplementaryCharactersAsTheJdkDoes() {
        String text = "<p>收入决算 12,345.67 万元 é ß 𠀋 😀</p>";
        Utf8Writer w = new Utf8Writer(4);
        w.write(text);
        assertArrayEquals(expected(text), w.toByteArray());
    }

    @Test
    void joinsASurrogatePairSplitBetweenTwoWrites() {
        String text = "图😀表";
        int split = text.indexOf("😀") + 1; // between the high and the low surrogate
        Utf8Writer w = new Utf8Writer(16);
        w.write(text, 0, split);
        w.write(text, split, text.length() - split);
        assertArrayEquals(expected(text), w.toByteArray());

        Utf8Writer chars = new Utf8Writer(16);
        char[] c = text.toCharArray();
        for (char ch : c) chars.write(ch);
        assertArrayEquals(expected(text), chars.toByteArray());
    }

    @Test
    void writesALoneSurrogateAsAQuestionMarkLikeTheJdk() {
        for (String text : new String[]{"a\uD800b", "a\uDC00b", "\uDC00\uD800", "\uD800\uD800\uDC00", "end\uD800", "\uD83D"}) {
            Utf8Writer w = new Utf8Writer(1);
            w.write(text);
            assertArrayEquals(expected(text), w.toByteArray(), text);
        }
        Utf8Writer split = new Utf8Writer(8);
        split.write("a\uD800");
        split.write("b");
        assertArrayEquals(expected("a\uD800b"), split.toByteArray());
    }

    @Test
    void aStringLongerThanOneChunkAndPiecesOfEveryLengthComeOutWhole() {
        StringBuilder b = new StringBuilder();
        Random random = new Random(7);
        // each char of 😀 alone too, so pairs and lone halves fall at every chunk boundary
        String alphabet = "a<&é表😀\uD800";
        for (int i = 0; i < 10_000; i++) {
            int at = random.nextInt(alphabet.length());
            b.append(alphabet.charAt(at));
        }
        String text = b.toString();
        Utf8Writer whole = new Utf8Writer(1);
        whole.write(text);
        assertArrayEquals(expected(text), whole.toByteArray());

        Utf8Writer pieces = new Utf8Writer(1);
        for (int i = 0; i < text.length(); ) {
            int n = Math.min(text.length() - i, 1 + random.nextInt(3000));
            if (random.nextBoolean()) pieces.write(text, i, n);
            else pieces.write(text.toCharArray(), i, n);
            i += n;
        }
        assertArrayEquals(expected(text), pieces.toByteArray());
    }

    @Test
    void resetStartsTheNextPageEmptyEvenAfterAHalfPair() {
        Utf8Writer w = new Utf8Writer(8);
        w.write("第一页\uD83D");
        w.reset();
        w.write("\uDE00第二页");
        assertArrayEquals(expected("\uDE00第二页"), w.toByteArray());
    }
}
