package cn.gongkai.verify;

import cn.gongkai.model.Amount;
import cn.gongkai.model.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What every check of verify shares: how an amount of the content should read on the page (the
 * site's display unit and decimals), how a printed number is read back, and the list of mismatches
 * with the count of values compared.
 */
final class Checker {

    private final MoneyUnit displayUnit;
    private final int decimals;
    private final List<Mismatch> mismatches = new ArrayList<>();
    private int compared;

    Checker(MoneyUnit displayUnit, int decimals) {
        this.displayUnit = displayUnit;
        this.decimals = decimals;
    }

    int decimals() {
        return decimals;
    }

    /** The unit amounts of a file in {@code fileUnit} are shown in. */
    MoneyUnit unitFor(MoneyUnit fileUnit) {
        return displayUnit != null ? displayUnit : fileUnit;
    }

    /** The value a reader should see for {@code a}: in the display unit, rounded. */
    BigDecimal shown(Amount a) {
        return a.valueIn(unitFor(a.unit())).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Compares a printed amount with the content's amount (null: the cell must be blank). */
    void amount(String page, String selector, Amount expected, String printed) {
        number(page, selector, expected == null ? null : shown(expected), printed);
    }

    /** Compares a printed number ("1,234.50", "" for blank) with the expected value (null: blank). */
    void number(String page, String selector, BigDecimal expected, String printed) {
        compared++;
        String text = printed == null ? "" : printed.strip();
        if (expected == null) {
            if (!text.isEmpty()) add(page, selector, "空白", text);
            return;
        }
        BigDecimal found = parse(text);
        if (found == null || found.compareTo(expected) != 0) add(page, selector, expected.toPlainString(), text.isEmpty() ? "空白" : text);
    }

    /** Compares two texts exactly. */
    void text(String page, String selector, String expected, String found) {
        compared++;
        if (!expected.equals(found)) add(page, selector, "「" + expected + "」", "「" + found + "」");
    }

    void add(String page, String selector, String expected, String found) {
        mismatches.add(new Mismatch(page, selector, expected, found));
    }

    /** A printed number read back: thousands separators dropped; null when it is not a number. */
    static BigDecimal parse(String printed) {
        String t = printed.replace(",", "").strip();
        if (!t.matches("-?[0-9]+(\\.[0-9]+)?")) return null;
        return new BigDecimal(t);
    }

    List<Mismatch> mismatches() {
        return mismatches;
    }

    int compared() {
        return compared;
    }
}
