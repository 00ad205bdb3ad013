package cn.gongkai.content.shape;

import cn.gongkai.content.yaml.YNode;
import cn.gongkai.content.yaml.YNode.ScalarKind;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.Amount;
import cn.gongkai.model.EconomicCode;
import cn.gongkai.model.Finding;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Shapes of single values: text, amounts, percentages, dates, codes, counts, slugs and choices. */
public final class Scalars {

    /** A plain decimal as editors write it: optional minus, digits, optional fraction. */
    static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** 13 integer digits is ten trillion 元: any larger amount is a typing slip. */
    static final int MAX_INTEGER_DIGITS = 13;
    static final int MAX_FRACTION_DIGITS = 6;

    private Scalars() {
    }

    /** Any scalar, kept as text (a number written unquoted keeps its digits as written). */
    public static Shape<Text> text() {
        return scalar("文本", ordered("type", List.of("string", "number")), (s, ctx) -> new Text(clean(s.text()), s.at()));
    }

    /** An amount of money in the file's declared unit; blank stays blank. */
    public static Shape<Amount> amount() {
        return scalar("金额（数字，如 265.71；不带单位和千位分隔符）",
                ordered("type", List.of("number", "string"), "pattern", "^-?[0-9]+(\\.[0-9]+)?$"),
                (s, ctx) -> {
                    BigDecimal v = decimal(s.text(), s.at(), ctx, "金额");
                    if (v == null) return null;
                    if (v.signum() < 0) {
                        ctx.report(Finding.error("YAML07", s.at(),
                                "金额不能为负数：" + s.text() + "（决算表中的收支、结转结余均为非负数）", "非负金额", s.text()));
                        return null;
                    }
                    MoneyUnit unit = ctx.unit();
                    // Without a unit (its absence is reported on the unit field) the amount is checked but not kept.
                    return unit == null ? null : Amount.given(v, unit, s.at());
                });
    }

    /** A non-money number, e.g. a score. */
    public static Shape<Quantity> quantity() {
        return scalar("数字（如 92 或 8.5）", ordered("type", List.of("number", "string"), "pattern", "^-?[0-9]+(\\.[0-9]+)?$"),
                (s, ctx) -> {
                    BigDecimal v = decimal(s.text(), s.at(), ctx, "数字");
                    return v == null ? null : new Quantity(v, s.at());
                });
    }

    /** A percentage as a number of percent: "92.67" or, as printed, "92.67%". */
    public static Shape<Quantity> percent() {
        return scalar("百分比（如 92.67 或 92.67%）", ordered("type", List.of("number", "string"), "pattern", "^-?[0-9]+(\\.[0-9]+)?%?$"),
                (s, ctx) -> {
                    String t = s.text().strip();
                    BigDecimal v = decimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t, s.at(), ctx, "百分比");
                    return v == null ? null : new Quantity(v, s.at());
                });
    }

    /** A calendar date written as YYYY-MM-DD, e.g. the day a spending progress was measured. */
    public static Shape<LocalDate> date() {
        String expected = "日期（年-月-日，如 2020-10-31）";
        return scalar(expected, ordered("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), (s, ctx) -> {
            String t = s.text().strip();
            LocalDate d = parseDate(t);
            if (d == null) ctx.report(Finding.error("YAML02", s.at(), "应为" + expected + "，实际为「" + t + "」", expected, t));
            return d;
        });
    }

    /** The date {@code t} names, or null when it is not YYYY-MM-DD or no such day exists (2020-02-30). */
    private static LocalDate parseDate(String t) {
        if (!t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number in [min, max], e.g. a head count. */
    public static Shape<Integer> count(int min, int max) {
        String expected = "整数（" + min + "–" + max + "）";
        return scalar(expected, ordered("type", "integer", "minimum", min, "maximum", max), (s, ctx) -> {
            String t = s.text().strip();
            if (!t.matches("[0-9]{1,9}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
                ctx.report(Finding.error("YAML02", s.at(), "应为" + expected + "，实际为「" + t + "」", expected, t));
                return null;
            }
            return Integer.parseInt(t);
        });
    }

    /** A function classification code (3, 5 or 7 digits). */
    public static Shape<FunctionCode> functionCode() {
        return code("功能分类科目编码（3 位类、5 位款或 7 位项，如 2010301）", "^[1-9][0-9]{2}([0-9]{2}){0,2}$",
                FunctionCode::isValid, FunctionCode::of);
    }

    /** An economic classification code (3 or 5 digits). */
    public static Shape<EconomicCode> economicCode() {
        return code("经济分类科目编码（3 位类或 5 位款，如 30101）", "^[1-9][0-9]{2}([0-9]{2})?$",
                EconomicCode::isValid, EconomicCode::of);
    }

    /** A publish time written "2020-10-22 10:00" (年-月-日 时:分). */
    public static Shape<cn.gongkai.model.PublishTime> publishTime() {
        String expected = "发布时间（如 2020-10-22 10:00）";
        return scalar(expected, ordered("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$"), (s, ctx) -> {
            try {
                return new cn.gongkai.model.PublishTime(java.time.LocalDateTime.parse(s.text().strip(), cn.gongkai.model.PublishTime.FORMAT), s.at());
            } catch (java.time.format.DateTimeParseException e) {
                ctx.report(Finding.error("YAML02", s.at(), "应为" + expected + "，实际为「" + s.text() + "」", expected, s.text()));
                return null;
            }
        });
    }

    /** A URL-safe identifier: lower-case ASCII letters, digits and hyphens. */
    public static Shape<String> slug() {
        String expected = "标识（小写英文字母、数字和连字符，如 zhenan）";
        return scalar(expected, ordered("type", "string", "pattern", "^[a-z0-9]+(-[a-z0-9]+)*$"), (s, ctx) -> {
            if (!s.text().matches("[a-z0-9]+(-[a-z0-9]+)*") || s.text().length() > 64) {
                ctx.report(Finding.error("YAML02", s.at(), "应为" + expected + "，实际为「" + s.text() + "」",
                        expected, s.text()));
                return null;
            }
            return s.text();
        });
    }

    /**
     * A web address of the site itself: http:// or https://, a host, an optional path, nothing that
     * could break out of an attribute or XML element (no spaces, quotes, angle brackets, query or fragment).
     */
    public static Shape<Text> webAddress() {
        String expected = "以 http:// 或 https:// 开头的网址（如 https://www.zhenan.gov.cn/yjsgk/）";
        String pattern = "^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?$";
        return scalar(expected, ordered("type", "string", "pattern", pattern), (s, ctx) -> {
            if (!s.text().matches(pattern.substring(1, pattern.length() - 1))) {
                ctx.report(Finding.error("YAML02", s.at(), "应为" + expected + "，实际为「" + s.text() + "」", expected, s.text()));
                return null;
            }
            return new Text(s.text(), s.at());
        });
    }

    /** One of two labels, mapped to values, in this order (messages and schemas list them so). */
    public static <E> Shape<E> choice(String what, String label1, E value1, String label2, E value2) {
        Map<String, E> m = new LinkedHashMap<>();
        m.put(label1, value1);
        m.put(label2, value2);
        return choice(what, m);
    }

    /** One of a fixed set of labels, mapped to values; {@code choices} must iterate in a stable order. */
    public static <E> Shape<E> choice(String what, Map<String, E> choices) {
        String expected = what + "（" + String.join("、", choices.keySet()) + " 之一）";
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("enum", List.copyOf(choices.keySet()));
        return scalar(expected, schema, (s, ctx) -> {
            E v = choices.get(s.text().strip());
            if (v == null) {
                ctx.report(Finding.error("YAML02", s.at(), "应为" + expected + "，实际为「" + s.text() + "」",
                        expected, s.text()));
            }
            return v;
        });
    }

    /** A money unit, e.g. a display unit. */
    public static Shape<MoneyUnit> moneyUnit() {
        Map<String, MoneyUnit> m = new LinkedHashMap<>();
        for (MoneyUnit u : MoneyUnit.values()) m.put(u.label(), u);
        return choice("金额单位", m);
    }

    /** The unit a file declares for all its amounts; reading it sets the unit of the amounts that follow. */
    public static Shape<MoneyUnit> declaredUnit() {
        Shape<MoneyUnit> unit = moneyUnit();
        return new Shape<>() {
            @Override
            public MoneyUnit read(YNode node, ReadContext ctx) {
                MoneyUnit u = unit.read(node, ctx);
                ctx.unit(u);
                return u;
            }

            @Override
            public String expected() {
                return unit.expected();
            }

            @Override
            public Map<String, Object> schema() {
                return unit.schema();
            }
        };
    }

    private static <K> Shape<K> code(String expected, String pattern, java.util.function.Predicate<String> valid,
                                     java.util.function.Function<String, K> make) {
        return scalar(expected, ordered("type", List.of("string", "integer"), "pattern", pattern), (s, ctx) -> {
            String t = s.text().strip();
            if (!valid.test(t)) {
                ctx.report(Finding.error("YAML02", s.at(), "应为" + expected + "，实际为「" + t + "」", expected, t));
                return null;
            }
            return ctx.interner().value(make.apply(t));
        });
    }

    private static BigDecimal decimal(String text, Location at, ReadContext ctx, String what) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            ctx.report(Finding.error("YAML07", at, what + "格式不对：" + whyNotDecimal(t),
                    "数字，如 1234.50", t));
            return null;
        }
        BigDecimal v = ctx.interner().value(new BigDecimal(t));
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS || Math.max(v.scale(), 0) > MAX_FRACTION_DIGITS) {
            ctx.report(Finding.error("YAML07", at, what + "超出范围：「" + t + "」（整数部分最多 "
                    + MAX_INTEGER_DIGITS + " 位，小数最多 " + MAX_FRACTION_DIGITS + " 位），请核对是否多打了数字", "合理的" + what, t));
            return null;
        }
        return v;
    }

    /** Explains, in Chinese, why an editor's text is not a plain decimal, with the fix. */
    static String whyNotDecimal(String t) {
        if (t.chars().anyMatch(c -> c >= 0xFF10 && c <= 0xFF19) || t.contains("．")) {
            return "「" + t + "」含全角数字或全角小数点，请改用半角，如 " + toHalfWidth(t);
        }
        if (t.matches("-?[0-9]{1,3}([,，][0-9]{3})+(\\.[0-9]+)?")) {
            return "「" + t + "」含千位分隔符，请去掉逗号，写成 " + t.replaceAll("[,，]", "");
        }
        if (t.matches("-?[0-9]+[,，][0-9]{1,2}")) {
            return "「" + t + "」把小数点写成了逗号，应为 " + t.replaceAll("[,，]", ".");
        }
        if (t.contains(",") || t.contains("，")) {
            return "「" + t + "」含逗号；金额只写数字和小数点，如 1234.50";
        }
        if (t.contains("万") || t.contains("元")) {
            return "「" + t + "」带有单位；金额只写数字，单位由文件开头的 unit 声明";
        }
        if (t.contains("%")) {
            return "「" + t + "」是百分数；此处应为金额";
        }
        if (t.matches("-?[0-9.]+[eE][-+]?[0-9]+")) {
            return "「" + t + "」是科学计数法，请写成普通小数";
        }
        return "「" + t + "」不是数字；应为数字，如 1234.50";
    }

    private static String toHalfWidth(String t) {
        StringBuilder sb = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (c >= 0xFF10 && c <= 0xFF19) sb.append((char) (c - 0xFF10 + '0'));
            else if (c == '．') sb.append('.');
            else if (c == '，') sb.append(',');
            else sb.append(c);
        }
        return sb.toString().replaceAll(",", "");
    }

    /** A schema fragment with its keys in the order given (Map.of has no stable order). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /** Block scalars end with a newline; editors never mean it. */
    private static String clean(String s) {
        return s.strip();
    }

    private static <T> Shape<T> scalar(String expected, Map<String, Object> schema, BiFunction<YScalar, ReadContext, T> read) {
        return new Shape<>() {
            @Override
            public T read(YNode node, ReadContext ctx) {
                if (!(node instanceof YScalar s) || s.kind() == ScalarKind.NULL) {
                    ctx.typeError(node, expected);
                    return null;
                }
                return read.apply(s, ctx);
            }

            @Override
            public String expected() {
                return expected;
            }

            @Override
            public Map<String, Object> schema() {
                return new LinkedHashMap<>(schema);
            }
        };
    }
}
