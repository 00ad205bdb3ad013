package cn.gongkai.view;

/** Chinese numerals as used to number parts and sections (一、二、…十一、). */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九. */
    public static String of(int n) {
        if (n < 1 || n > 99) throw new IllegalArgumentException("out of range: " + n);
        if (n < 10) return DIGITS[n];
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
