package cn.gongkai.validate;

import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects findings and implements the three comparisons every accounting identity reduces to —
 * a total against its parts, a figure against its copy in another table, and "at most" — with the
 * 尾差 tolerance applied the same way everywhere. A blank cell counts as 0; a blank total whose
 * parts hold amounts is reported once (B01) instead of as a sum error; a written total whose
 * published split is entirely blank, once (B02).
 */
final class Report {

    private final List<Finding> findings = new ArrayList<>();
    /** Blank totals (B01) and unpublished splits (B02) already reported, by code and cell, so each is said once. */
    private final Set<String> blanksReported = new LinkedHashSet<>();
    private final Tolerance tolerance;
    private final MoneyUnit unit;

    Report(Tolerance tolerance, MoneyUnit unit) {
        this.tolerance = tolerance;
        this.unit = unit;
    }

    List<Finding> findings() {
        return findings;
    }

    void add(Finding f) {
        findings.add(f);
    }

    void error(String code, Location at, String message) {
        findings.add(Finding.error(code, at, message));
    }

    void warning(String code, Location at, String message) {
        findings.add(Finding.warning(code, at, message));
    }

    /**
     * A total split into parts across the columns or lines that publish the split (合计 = 基本 +
     * 项目 …): when every part is blank the split was not published, a warning (B02) rather than an
     * arithmetic error.
     */
    void breakdown(String code, String identity, CellRef total, List<CellRef> parts) {
        if (!total.blank() && !total.amount().isZero() && parts.stream().allMatch(CellRef::blank)) {
            if (blanksReported.add("B02 " + total.label() + " " + total.at())) {
                findings.add(new Finding("B02", Severity.WARNING, total.at(), identity + "：" + total.label() + " 为 " + fmt(total.value(unit))
                        + "，而其分项栏全部为空；请填写分项（如各资金性质、各支出类型）", fmt(total.value(unit)), "（分项空白）",
                        related(total, parts)));
            }
            return;
        }
        sum(code, identity, total, parts, null);
    }

    /** {@code total} = Σ {@code parts}; {@code signs} gives +1 or −1 per part (null: all +1); blank counts as 0. */
    void sum(String code, String identity, CellRef total, List<CellRef> parts, int[] signs) {
        if (total.blank()) {
            BigDecimal signed = BigDecimal.ZERO;
            for (int i = 0; i < parts.size(); i++) {
                BigDecimal v = parts.get(i).value(unit);
                signed = signs == null || signs[i] > 0 ? signed.add(v) : signed.subtract(v);
            }
            if (signed.signum() != 0) blankTotal(total, parts, signed);
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int addends = 0;
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            CellRef p = parts.get(i);
            int sign = signs == null ? 1 : signs[i];
            sum = sign > 0 ? sum.add(p.value(unit)) : sum.subtract(p.value(unit));
            if (!p.blank()) addends++;
            if (!p.blank() || parts.size() <= 3) {
                if (terms.length() > 0) terms.append(sign > 0 ? " + " : " − ");
                else if (sign < 0) terms.append("−");
                terms.append(shortLabel(p.label())).append(' ').append(fmt(p.value(unit)));
            }
        }
        BigDecimal diff = total.value(unit).subtract(sum);
        if (diff.signum() == 0) return;
        String detail = total.label() + " " + fmt(total.value(unit)) + " ≠ " + (terms.length() == 0 ? "0" : terms + " = " + fmt(sum))
                + "（相差 " + fmt(diff.abs()) + "）";
        compare(code, identity, detail, total, parts, diff, tolerance.forSum(unit, addends), fmt(sum), fmt(total.value(unit)));
    }

    /** {@code copy} (the cell checked) = {@code source} (the same figure in another table or line). */
    void equal(String code, String identity, CellRef source, CellRef copy) {
        if (source.blank() && copy.blank()) return;
        BigDecimal diff = copy.value(unit).subtract(source.value(unit));
        if (diff.signum() == 0) return;
        String detail = copy.label() + " " + shown(copy) + " ≠ " + source.label() + " " + shown(source) + "（相差 " + fmt(diff.abs()) + "）";
        compare(code, identity, detail, copy, List.of(source), diff, tolerance.forCopy(unit), shown(source), shown(copy));
    }

    /**
     * {@code small} ≤ {@code big}: an error ({@code code}) when small exceeds big beyond one rounding
     * unit; when {@code unequalCode} is given, a warning under that code when small is less.
     */
    void atMost(String code, String unequalCode, String identity, CellRef small, CellRef big) {
        BigDecimal diff = small.value(unit).subtract(big.value(unit));
        if (diff.signum() > 0) {
            String detail = small.label() + " " + shown(small) + " > " + big.label() + " " + shown(big) + "（超出 " + fmt(diff) + "）";
            compare(code, identity, detail, small, List.of(big), diff, tolerance.forCopy(unit), "≤ " + shown(big), shown(small));
        } else if (diff.signum() < 0 && unequalCode != null) {
            findings.add(new Finding(unequalCode, Severity.WARNING, small.at(), identity + "：" + small.label() + " " + shown(small)
                    + " < " + big.label() + " " + shown(big) + "，通常二者相等；如确有差异（如项目支出中也有此项），请在情况说明中说明",
                    shown(big), shown(small), related(small, List.of(big))));
        }
    }

    private void compare(String code, String identity, String detail, CellRef checked, List<CellRef> others,
                         BigDecimal diff, BigDecimal allowed, String expected, String found) {
        List<Location> related = related(checked, others);
        if (diff.abs().compareTo(allowed) <= 0) {
            findings.add(new Finding("R01", Severity.WARNING, checked.at(), "尾差（四舍五入差额，容差 " + fmt(allowed) + " " + unit.label()
                    + " 以内）：" + identity + "：" + detail, expected, found, related));
        } else {
            findings.add(new Finding(code, Severity.ERROR, checked.at(), identity + "：" + detail, expected, found, related));
        }
    }

    private void blankTotal(CellRef total, List<CellRef> parts, BigDecimal sum) {
        if (!blanksReported.add("B01 " + total.label() + " " + total.rowAt())) return;
        findings.add(new Finding("B01", Severity.WARNING, total.rowAt(), total.label() + " 为空，而其明细合计为 " + fmt(sum)
                + "；汇总栏应填写合计数（公开表不应留空）", fmt(sum), "（空白）", related(total, parts)));
    }

    private static List<Location> related(CellRef checked, List<CellRef> others) {
        Set<Location> all = new LinkedHashSet<>(checked.written());
        for (CellRef o : others) all.addAll(o.written());
        return List.copyOf(all);
    }

    private String shown(CellRef c) {
        return c.blank() ? "（空白）" : fmt(c.value(unit));
    }

    /** "公开03表 2010301 行政运行 基本支出" → "基本支出" when listing the parts of one row. */
    private static String shortLabel(String label) {
        int space = label.lastIndexOf(' ');
        return space < 0 ? label : label.substring(space + 1);
    }

    /** At least two decimals, as amounts are published: 5 → "5.00", 0.005 → "0.005". */
    static String fmt(BigDecimal v) {
        return v.setScale(Math.max(2, v.stripTrailingZeros().scale())).toPlainString();
    }

    static String joinCodes(List<String> codes) {
        return codes.stream().collect(Collectors.joining("、"));
    }
}
