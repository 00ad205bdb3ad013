package cn.gongkai.view;

import cn.gongkai.model.Amount;
import cn.gongkai.model.MoneyUnit;
import org.jsoup.nodes.Entities;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes one generated sentence or paragraph as HTML. Text is escaped; every figure becomes
 * {@code <data class="fig" value="…" data-ref="…">} naming where it comes from (a model reference
 * such as {@code gk03.total.basic}, {@code share(a,b)}, {@code yoy(a)}), so the page can be checked
 * against the model number by number.
 */
final class Prose {

    private final StringBuilder html = new StringBuilder();
    private final AmountFormat format;
    private final MoneyUnit unit;

    Prose(AmountFormat format, MoneyUnit unit) {
        this.format = format;
        this.unit = unit;
    }

    Prose text(String s) {
        html.append(escape(s));
        return this;
    }

    /** Already safe HTML (an editor's reason, rendered and sanitised). */
    Prose html(String safe) {
        html.append(safe);
        return this;
    }

    /** "265.71 万元", or "0 万元" for a blank cell, citing {@code ref}. */
    Prose money(Amount a, String ref) {
        BigDecimal v = a == null ? BigDecimal.ZERO : a.valueIn(unit);
        return money(v, ref);
    }

    /** A value already in the display unit. */
    Prose money(BigDecimal v, String ref) {
        String shown = format.format(v);
        figure("fig", v.setScale(format.decimals(), RoundingMode.HALF_UP).toPlainString(), ref, shown);
        html.append(' ').append(unit.label());
        return this;
    }

    /** "42.58%": a percentage already computed with 2 decimals. */
    Prose percent(BigDecimal pct, String ref) {
        figure("fig pct", pct.toPlainString(), ref, pct.toPlainString());
        html.append('%');
        return this;
    }

    /** A plain number as computed, e.g. an average score "73.84". */
    Prose number(BigDecimal v, String ref) {
        figure("fig", v.toPlainString(), ref, v.toPlainString());
        return this;
    }

    /** A count, e.g. "40" 批次. */
    Prose count(int n, String ref) {
        figure("fig count", String.valueOf(n), ref, String.valueOf(n));
        return this;
    }

    private void figure(String cls, String value, String ref, String shown) {
        html.append("<data class=\"").append(cls).append("\" value=\"").append(escape(value))
                .append("\" data-ref=\"").append(escape(ref)).append("\">").append(escape(shown)).append("</data>");
    }

    /**
     * {@code s} escaped as jsoup escapes it. Figures, references and most sentences hold no character
     * that escaping changes, and are then returned as they are: jsoup's escaper borrows a builder and
     * looks at every code point, three times for every figure of every generated sentence.
     */
    static String escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!unescaped(s.charAt(i))) return Entities.escape(s);
        }
        return s;
    }

    /** Latin letters, digits, some ASCII punctuation, Chinese characters and punctuation, full-width forms. */
    private static boolean unescaped(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-'
                || c == '_' || c == '(' || c == ')' || c == '%' || c == '+' || c == ':' || c == '/' || c == ' '
                || c >= '\u3000' && c < '\uD800' || c >= '\uFF00' && c <= '\uFFEF';
    }

    /** Closes the sentence with 。 unless it already ends with one (e.g. an editor's reason). */
    Prose end() {
        if (!html.toString().endsWith("。")) html.append('。');
        return this;
    }

    boolean isEmpty() {
        return html.isEmpty();
    }

    String html() {
        return html.toString();
    }
}
