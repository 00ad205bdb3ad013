package cn.gongkai.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** An economic classification code (部门预算支出经济分类科目): 类 3 digits, 款 5. */
public record EconomicCode(String digits) implements ClassificationCode, Comparable<EconomicCode> {

    private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{2}([0-9]{2})?");

    public EconomicCode {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not an economic code: " + digits);
        }
    }

    public static boolean isValid(String digits) {
        return digits != null && SHAPE.matcher(digits).matches();
    }

    public static EconomicCode of(String digits) {
        return new EconomicCode(digits);
    }

    /** 1 for 类, 2 for 款. */
    public int level() {
        return digits.length() == 3 ? 1 : 2;
    }

    @Override
    public String levelName() {
        return level() == 1 ? "类" : "款";
    }

    @Override
    public Optional<EconomicCode> parent() {
        return level() == 1 ? Optional.empty() : Optional.of(new EconomicCode(digits.substring(0, 3)));
    }

    @Override
    public int compareTo(EconomicCode o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
