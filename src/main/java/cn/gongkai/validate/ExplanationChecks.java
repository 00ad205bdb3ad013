package cn.gongkai.validate;

import cn.gongkai.model.BudgetComparisons;
import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Headlines;
import cn.gongkai.model.Location;
import cn.gongkai.model.ModelRefs;
import cn.gongkai.model.ReasonKeys;
import cn.gongkai.model.Severity;
import cn.gongkai.model.StandardSection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's part of 情况说明: every reason names a figure that exists (EXPL04); a figure that
 * differs from its budget (RSN01 公开07, RSN02 项, RSN04 机关运行经费) or from last year (RSN03)
 * has a reason; every {@code {{ … }}} names a model figure (DREF01).
 */
final class ExplanationChecks implements Check {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");
    private static final String GENERATED_HERE = "自动生成";

    private final Function<FinalAccounts, FinalAccounts> previousYear;

    ExplanationChecks(Function<FinalAccounts, FinalAccounts> previousYear) {
        this.previousYear = previousYear;
    }

    @Override
    public void check(FinalAccounts fa, Report r) {
        for (ExplanationSection s : fa.explanations()) {
            List<String> valid = ReasonKeys.validKeys(s.section(), fa);
            for (ExplanationSection.Reason reason : s.reasons()) {
                if (!valid.contains(reason.key())) {
                    r.error("EXPL04", reason.headingAt(), "「" + s.section().heading() + "」中的「原因：" + reason.key() + "」不对应任何需要说明原因的数字；"
                            + (valid.isEmpty() ? "这一部分没有需要说明原因的数字" : "可用：" + String.join("、", valid)));
                }
            }
        }
        for (BudgetComparisons.Comparison c : BudgetComparisons.of(fa)) {
            if (!c.differs() || hasReason(fa, c.section(), c.key())) continue;
            String code = switch (c.section()) {
                case THREE_PUBLIC -> "RSN01";
                case GENERAL_BUDGET -> "RSN02";
                default -> "RSN04";
            };
            r.add(new Finding(code, Severity.WARNING, c.at(), "「" + c.section().heading() + "」：" + c.label() + " 决算数 " + Report.fmt(c.actual())
                    + (c.actual().compareTo(c.budget()) > 0 ? " 大于" : " 小于") + "预算数 " + Report.fmt(c.budget())
                    + "，没有说明原因；请在 explanations.md 的这一部分写「### 原因：" + c.key() + "」及原因", Report.fmt(c.budget()),
                    Report.fmt(c.actual()), List.of(c.at())));
        }
        FinalAccounts last = previousYear.apply(fa);
        if (last != null) yearOverYear(fa, last, r);
        references(fa, r);
    }

    private static boolean hasReason(FinalAccounts fa, StandardSection s, String key) {
        return fa.explanation(s).map(e -> e.handWritten() || e.reason(key).isPresent()).orElse(false);
    }

    private static void yearOverYear(FinalAccounts fa, FinalAccounts last, Report r) {
        Map<StandardSection, Headlines.Figure> now = Headlines.of(fa);
        Map<StandardSection, Headlines.Figure> before = Headlines.of(last);
        for (StandardSection s : Headlines.SECTIONS) {
            Headlines.Figure a = now.get(s);
            Headlines.Figure b = before.get(s);
            if (a == null || b == null || a.yuan().compareTo(b.yuan()) == 0 || hasReason(fa, s, ReasonKeys.YEAR_OVER_YEAR)) continue;
            Location at = a.amount() != null ? a.amount().at() : fa.at();
            BigDecimal change = a.yuan().subtract(b.yuan());
            r.add(new Finding("RSN03", Severity.WARNING, at, "「" + s.heading() + "」：" + a.ref() + " 与上年相比" + (change.signum() > 0 ? "增加" : "减少")
                    + "，没有说明原因；请在 explanations.md 的这一部分写「### 原因：与上年相比」及主要原因", null, null, List.of(at)));
        }
    }

    private static void references(FinalAccounts fa, Report r) {
        ModelRefs refs = ModelRefs.of(fa);
        for (ExplanationSection s : fa.explanations()) {
            List<String> lines = s.markdown().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = REFERENCE.matcher(lines.get(i));
                while (m.find()) {
                    String name = m.group(1);
                    if (name.equals(GENERATED_HERE) || refs.resolve(name).isPresent()) continue;
                    List<String> near = refs.suggestions(name);
                    r.error("DREF01", new Location(s.bodyAt().file(), s.bodyAt().line() + i, m.start() + 1), "引用「{{ " + name
                            + " }}」找不到对应的数字（或该单元格为空）" + (near.isEmpty() ? "；写法如 {{ 公开03.合计.基本支出 }} 或 {{ gk03.total.basic }}"
                            : "；是否是：" + String.join("、", near)));
                }
            }
        }
    }
}
