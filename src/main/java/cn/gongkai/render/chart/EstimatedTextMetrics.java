package cn.gongkai.render.chart;

import java.awt.Font;

/**
 * Widths for a machine without a Chinese font: a Chinese character or full-width sign is one em (as
 * in every CJK font), Latin letters and digits a generous 0.6 em, so the browser's real font needs at
 * most the room reserved here. Heights are fixed fractions, the same on every machine.
 */
final class EstimatedTextMetrics implements TextMetrics {

    @Override
    public double width(String text, float size) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            ems += ems(c);
            i += Character.charCount(c);
        }
        return ems * size;
    }

    private static double ems(int c) {
        if (c == ' ') return 0.3;
        if (c < 0x80) return Character.isUpperCase(c) ? 0.7 : 0.6;
        return wide(c) ? 1.0 : 0.6;
    }

    /** Ideographs, kana, hangul, CJK punctuation and full-width forms. */
    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x2E80 && c <= 0x2FFF);
    }

    @Override
    public double ascent(float size) {
        return 0.9 * size;
    }

    @Override
    public double descent(float size) {
        return 0.25 * size;
    }

    @Override
    public Font font(float size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)).deriveFont(size);
    }
}
