package cn.gongkai.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** A function classification code (支出功能分类科目): 类 3 digits, 款 5, 项 7. */
public record FunctionCode(String digits) implements ClassificationCode, Comparable<FunctionCode> {

    private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{2}([0-9]{2}){0,2}");

    public FunctionCode {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not a function code: " + digits);
        }
    }

    public static boolean isValid(String digits) {
        return digits != null && SHAPE.matcher(digits).matches();
    }

    public static FunctionCode of(String digits) {
        return new FunctionCode(digits);
    }

    /** 1 for 类, 2 for 款, 3 for 项. */
    public int level() {
        return (digits.length() - 1) / 2;
    }

    @Override
    public String levelName() {
        return switch (level()) {
            case 1 -> "类";
            case 2 -> "款";
            default -> "项";
        };
    }

    @Override
    public Optional<FunctionCode> parent() {
        return level() == 1 ? Optional.empty() : Optional.of(new FunctionCode(digits.substring(0, digits.length() - 2)));
    }

    @Override
    public int compareTo(FunctionCode o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
