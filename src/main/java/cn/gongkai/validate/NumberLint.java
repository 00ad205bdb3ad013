package cn.gongkai.validate;

import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Severity;
import cn.gongkai.model.Text;
import cn.gongkai.model.performance.DepartmentEvaluation;
import cn.gongkai.model.performance.ProjectEvaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares every number written by hand (explanations.md, the self-evaluation summaries) with the
 * model: NUM01 near a model value but not equal, NUM02 the unit does not match (元 for a 万元
 * figure), NUM03 a share or completion rate that is not part ÷ whole, NUM04 the figure named just
 * before the number holds another value. All are warnings: the text may mean something the model
 * does not hold, so the editor decides.
 */
final class NumberLint implements Check {

    private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\s*(万元|元|%)");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{[^{}]*}}");
    // Compiled once: every number of every explanation goes through them.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？])");
    private static final Pattern COMPLETION = Pattern.compile(".*完成(年初|全年)?预算(数)?的?\\s*$");
    private static final Pattern SHARE_OF = Pattern.compile("占([^，；。、0-9]*?)的?\\s*$");
    /** What labels the amount before a completion rate: the spending, the budget, the initial budget. */
    private static final Pattern SPENT = Pattern.compile(".*(决算|执行数|支出)[为是]?\\s*$", Pattern.DOTALL);
    private static final Pattern BUDGET = Pattern.compile(".*(调整预算数?|全年预算数?|预算数?)[为是]?\\s*$", Pattern.DOTALL);
    private static final Pattern INITIAL_BUDGET = Pattern.compile(".*年初预算数?[为是]?\\s*$", Pattern.DOTALL);
    private static final BigDecimal NEAR = new BigDecimal("0.05");
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.02");

    /** A number found in the text: value, unit, where, and the sentence up to it. */
    private record Written(BigDecimal value, String unit, String raw, Location at, String before) {
    }

    @Override
    public void check(FinalAccounts fa, Report r) {
        LintModel model = LintModel.of(fa);
        for (ExplanationSection s : fa.explanations()) {
            List<String> lines = s.markdown().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                lint(lines.get(i), new Location(s.bodyAt().file(), s.bodyAt().line() + i, 1), model, fa.unit(), r);
            }
        }
        fa.performanceOpt().ifPresent(p -> {
            for (ProjectEvaluation e : p.projects()) {
                if (e.summary() != null) lint(e.summary(), model, fa.unit(), r);
            }
            p.departmentOpt().map(DepartmentEvaluation::summaries).orElse(List.of())
                    .forEach(sum -> sum.points().forEach(t -> lint(t, model, fa.unit(), r)));
        });
    }

    private void lint(Text t, LintModel model, MoneyUnit unit, Report r) {
        if (t.value().indexOf('\n') < 0) lint(t.value(), t.at(), model, unit, r);
    }

    /** Lints one line of text starting at {@code at}. */
    private void lint(String line, Location at, LintModel model, MoneyUnit unit, Report r) {
        String text = blankReferences(line);
        for (String sentence : sentences(text)) {
            int offset = text.indexOf(sentence);
            List<Written> numbers = new ArrayList<>();
            Matcher m = NUMBER.matcher(sentence);
            while (m.find()) {
                BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
                Location where = new Location(at.file(), at.line(), at.column() + offset + m.start());
                numbers.add(new Written(v, m.group(3), m.group().strip(), where, sentence.substring(0, m.start())));
            }
            for (int i = 0; i < numbers.size(); i++) {
                Written w = numbers.get(i);
                if (w.unit().equals("%")) share(w, numbers.subList(0, i), model, unit, r);
                else amount(w, model, unit, r);
            }
        }
    }

    private void amount(Written w, LintModel model, MoneyUnit fileUnit, Report r) {
        MoneyUnit writtenUnit = w.unit().equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        BigDecimal inFileUnit = w.value().multiply(writtenUnit.inYuan()).divide(fileUnit.inYuan());
        Optional<LintModel.Label> label = model.labelBefore(w.before());
        List<LintModel.Value> candidates = label.map(LintModel.Label::values).orElse(model.values());
        if (contains(candidates, inFileUnit) || (label.isPresent() && contains(model.values(), inFileUnit) && candidates.isEmpty())) return;
        if (writtenUnit != fileUnit && contains(candidates.isEmpty() ? model.values() : candidates, w.value())) {
            warn(r, "NUM02", w, "「" + w.raw() + "」的单位与数据不符：数据中为 " + Report.fmt(w.value()) + " " + fileUnit.label()
                    + "（" + find(model.values(), w.value()).label() + "）；应写「" + Report.fmt(w.value()) + " " + fileUnit.label() + "」",
                    Report.fmt(w.value()) + " " + fileUnit.label(), w.raw());
            return;
        }
        Optional<LintModel.Value> near = nearest(label.isPresent() && !candidates.isEmpty() ? candidates : model.values(), inFileUnit);
        if (near.isPresent()) {
            warn(r, "NUM01", w, "「" + w.raw() + "」与数据 " + Report.fmt(near.get().value()) + " " + fileUnit.label() + "（" + near.get().label()
                    + "）相差 " + Report.fmt(inFileUnit.subtract(near.get().value()).abs()) + "，请核对是否笔误",
                    Report.fmt(near.get().value()), Report.fmt(w.value()));
        } else if (label.isPresent() && !candidates.isEmpty()) {
            LintModel.Label l = label.get();
            warn(r, "NUM04", w, "「" + l.text() + " " + w.raw() + "」与数据不符：" + l.text() + " 为 " + describe(candidates, fileUnit)
                    + (l.note() == null ? "" : "；" + l.note()), describe(candidates, fileUnit), w.raw());
        }
    }

    /**
     * "占总支出 42.58%" = the amount before it ÷ the whole named after 占 (or the sentence's first
     * amount); "完成预算的 90.50%" = 决算 ÷ the budget named in the sentence.
     */
    private void share(Written w, List<Written> before, LintModel model, MoneyUnit unit, Report r) {
        List<Written> amounts = before.stream().filter(x -> !x.unit().equals("%")).toList();
        if (amounts.isEmpty()) return;
        String lead = w.before();
        Optional<BigDecimal> part;
        Optional<BigDecimal> whole;
        String wholeLabel;
        if (COMPLETION.matcher(lead).matches()) {
            part = lastLabelled(amounts, SPENT).or(() -> Optional.of(inUnit(amounts.get(amounts.size() - 1), unit)));
            Optional<BigDecimal> budget = lastLabelled(amounts, BUDGET);
            Optional<BigDecimal> initial = lastLabelled(amounts, INITIAL_BUDGET);
            whole = initial.filter(x -> x.signum() != 0 && !lead.contains("全年")).or(() -> budget);
            wholeLabel = "预算数";
        } else {
            Matcher m = SHARE_OF.matcher(lead);
            if (!m.find()) return;
            part = Optional.of(inUnit(amounts.get(amounts.size() - 1), unit));
            Optional<LintModel.Value> named = model.denominator(m.group(1));
            whole = named.map(LintModel.Value::value).or(() -> Optional.of(inUnit(amounts.get(0), unit)));
            wholeLabel = named.map(LintModel.Value::label).orElse(m.group(1).isBlank() ? "句首的合计数" : m.group(1));
        }
        if (part.isEmpty() || whole.isEmpty()) return;
        if (whole.get().signum() == 0) {
            warn(r, "NUM03", w, "「" + w.raw() + "」无法成立：" + wholeLabel + "为 0，不能计算比率；请改写为「无预算」或删去比率", "（无比率）", w.raw());
            return;
        }
        BigDecimal computed = part.get().multiply(BigDecimal.valueOf(100)).divide(whole.get(), 2, RoundingMode.HALF_UP);
        if (computed.subtract(w.value()).abs().compareTo(SHARE_TOLERANCE) <= 0) return;
        String explain = model.values().stream()
                .filter(v -> v.value().signum() != 0 && part.get().multiply(BigDecimal.valueOf(100)).divide(v.value(), 2, RoundingMode.HALF_UP)
                        .subtract(w.value()).abs().compareTo(SHARE_TOLERANCE) <= 0)
                .findFirst().map(v -> "；" + w.raw() + " 相当于 " + Report.fmt(part.get()) + " ÷ " + Report.fmt(v.value()) + "（" + v.label() + "）").orElse("");
        warn(r, "NUM03", w, "「" + w.raw() + "」与计算结果不符：" + Report.fmt(part.get()) + " ÷ " + Report.fmt(whole.get()) + "（" + wholeLabel + "）= "
                + computed.toPlainString() + "%" + explain, computed.toPlainString() + "%", w.raw());
    }

    private static Optional<BigDecimal> lastLabelled(List<Written> amounts, Pattern p) {
        for (int i = amounts.size() - 1; i >= 0; i--) {
            String clause = clause(amounts.get(i).before());
            if (p.matcher(clause).matches()) return Optional.of(amounts.get(i).value());
        }
        return Optional.empty();
    }

    private static BigDecimal inUnit(Written w, MoneyUnit unit) {
        MoneyUnit u = w.unit().equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        return w.value().multiply(u.inYuan()).divide(unit.inYuan());
    }

    static String clause(String before) {
        int cut = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')), Math.max(before.lastIndexOf('、'), before.lastIndexOf('：')));
        return before.substring(cut + 1);
    }

    private static boolean contains(List<LintModel.Value> values, BigDecimal v) {
        return values.stream().anyMatch(x -> x.value().compareTo(v) == 0);
    }

    private static LintModel.Value find(List<LintModel.Value> values, BigDecimal v) {
        return values.stream().filter(x -> x.value().compareTo(v) == 0).findFirst().orElseThrow();
    }

    private static Optional<LintModel.Value> nearest(List<LintModel.Value> values, BigDecimal v) {
        return values.stream().filter(x -> x.value().subtract(v).abs().compareTo(NEAR) <= 0 && x.value().subtract(v).signum() != 0)
                .min((a, b) -> a.value().subtract(v).abs().compareTo(b.value().subtract(v).abs()));
    }

    /** "40.88 万元（公开06表 302 商品和服务支出 本年支出合计、公用经费）": each value once, with where it appears. */
    private static String describe(List<LintModel.Value> values, MoneyUnit unit) {
        java.util.Map<BigDecimal, List<String>> byValue = new java.util.TreeMap<>();
        for (LintModel.Value v : values) byValue.computeIfAbsent(v.value().stripTrailingZeros(), k -> new ArrayList<>()).add(v.label());
        List<String> parts = new ArrayList<>();
        byValue.forEach((v, labels) -> parts.add(Report.fmt(v) + " " + unit.label() + "（" + String.join("、", labels) + "）"));
        return String.join("、", parts);
    }

    private static String blankReferences(String s) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, " ".repeat(m.group().length()));
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) if (!s.isBlank()) out.add(s);
        return out;
    }

    private static void warn(Report r, String code, Written w, String message, String expected, String found) {
        r.add(new Finding(code, Severity.WARNING, w.at(), message, expected, found, List.of(w.at())));
    }
}
