package cn.gongkai.view;

import cn.gongkai.model.Amount;
import cn.gongkai.model.BudgetComparisons;
import cn.gongkai.model.Catalog;
import cn.gongkai.model.Facts;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.Headlines;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.ReasonKeys;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.SummaryTotal;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.model.table.ThreePublicExpenses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sentences of each standard section of 情况说明, generated from the tables and facts so they
 * cannot disagree with them. Reasons come from the editor ({@code ### 原因：…}) through {@code reasons}.
 */
final class SectionTexts {

    /** An editor's reason for a figure, as inline HTML. */
    interface Reasons {
        Optional<String> of(StandardSection section, String key);
    }

    private final FinalAccounts fa;
    /** Last year's headline figures, or null. */
    private final Map<StandardSection, Headlines.Figure> lastYear;
    private final AmountFormat format;
    private final MoneyUnit unit;
    private final Catalog catalog;
    private final Reasons reasons;
    private final int year;
    private final Map<StandardSection, Headlines.Figure> headlines;

    SectionTexts(FinalAccounts fa, Map<StandardSection, Headlines.Figure> lastYear, AmountFormat format, Catalog catalog,
                 Reasons reasons) {
        this.fa = fa;
        this.lastYear = lastYear;
        this.format = format;
        this.unit = format.unitFor(fa.unit());
        this.catalog = catalog;
        this.reasons = reasons;
        this.year = fa.year();
        this.headlines = Headlines.of(fa);
    }

    /** The generated blocks (HTML) of {@code s}; empty when the data it needs is missing. */
    List<String> generate(StandardSection s) {
        Blocks b = new Blocks();
        switch (s) {
            case SUMMARY -> summary(b);
            case INCOME -> income(b);
            case EXPENDITURE -> expenditure(b);
            case FISCAL_SUMMARY -> fiscalSummary(b);
            case GENERAL_BUDGET -> generalBudget(b);
            case BASIC_EXPENDITURE -> basic(b);
            case THREE_PUBLIC -> threePublic(b);
            case GOVERNMENT_FUND -> governmentFund(b);
            case STATE_CAPITAL -> stateCapital(b);
            case PERFORMANCE -> performance(b);
            case OTHER_MATTERS -> otherMatters(b);
        }
        return b.blocks;
    }

    /** Generated paragraphs and sub-headings of one section. */
    private static final class Blocks {
        final List<String> blocks = new ArrayList<>();

        void p(Prose p) {
            if (!p.isEmpty()) blocks.add("<p class=\"generated\">" + p.html() + "</p>");
        }

        void h(String tag, String text) {
            blocks.add("<" + tag + ">" + Prose.escape(text) + "</" + tag + ">");
        }
    }

    private Prose prose() {
        return new Prose(format, unit);
    }

    // ---- 一 to 四 ------------------------------------------------------------------------------

    private void summary(Blocks b) {
        fa.tables().summary().ifPresent(s -> {
            Prose p = prose().text(year + " 年收入、支出总计 ").money(s.totals().get(SummaryTotal.INCOME_GRAND_TOTAL).orElse(null), "gk01.income_grand_total");
            yoy(p, StandardSection.SUMMARY);
            b.p(p);
        });
    }

    private void income(Blocks b) {
        fa.tables().income().ifPresent(t -> {
            Cells<IncomeColumn> total = t.body().total().cells();
            Prose p = prose().text(year + " 年收入合计 ").money(total.get(IncomeColumn.TOTAL).orElse(null), "gk02.total.total");
            composition(p, total, List.of(IncomeColumn.FISCAL, IncomeColumn.SUPERIOR_SUBSIDY, IncomeColumn.BUSINESS,
                    IncomeColumn.OPERATING, IncomeColumn.AFFILIATED, IncomeColumn.OTHER), IncomeColumn.TOTAL, "gk02.total.", "总收入");
            yoy(p, StandardSection.INCOME);
            b.p(p);
        });
    }

    private void expenditure(Blocks b) {
        fa.tables().expenditure().ifPresent(t -> {
            Cells<ExpenditureColumn> total = t.body().total().cells();
            Prose p = prose().text(year + " 年支出合计 ").money(total.get(ExpenditureColumn.TOTAL).orElse(null), "gk03.total.total");
            composition(p, total, List.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT, ExpenditureColumn.REMIT_SUPERIOR,
                    ExpenditureColumn.OPERATING, ExpenditureColumn.AFFILIATED_SUBSIDY), ExpenditureColumn.TOTAL, "gk03.total.", "总支出");
            yoy(p, StandardSection.EXPENDITURE);
            b.p(p);
        });
    }

    /** "，其中：财政拨款收入 265.71 万元，占总收入 100.00%；…" over the columns that hold an amount. */
    private <C extends Enum<C> & Column> void composition(Prose p, Cells<C> total, List<C> parts, C whole, String ref, String of) {
        BigDecimal w = value(total, whole);
        List<C> present = parts.stream().filter(c -> total.get(c).map(a -> !a.isZero()).orElse(false)).toList();
        if (present.isEmpty()) return;
        p.text("，其中：");
        for (int i = 0; i < present.size(); i++) {
            C c = present.get(i);
            p.text(c.label() + " ").money(total.get(c).orElse(null), ref + c.key());
            Shares.percent(value(total, c), w).ifPresent(pct -> p.text("，占" + of + " ").percent(pct,
                    "share(" + ref + c.key() + "," + ref + whole.key() + ")"));
            if (i + 1 < present.size()) p.text("；");
        }
    }

    private void fiscalSummary(Blocks b) {
        fa.tables().fiscalSummary().ifPresent(t -> {
            Prose p = prose().text(year + " 年度财政拨款收入、支出总计 ").money(t.incomeGrandTotal(), "gk04.income_grand_total");
            yoy(p, StandardSection.FISCAL_SUMMARY);
            b.p(p);
        });
    }

    // ---- 五 -----------------------------------------------------------------------------------

    private void generalBudget(Blocks b) {
        fa.tables().generalBudget().ifPresent(t -> {
            Cells<GeneralBudgetColumn> total = t.body().total().cells();
            BigDecimal spent = value(total, GeneralBudgetColumn.TOTAL);
            b.h("h4", "（一）一般公共预算财政拨款支出决算总体情况");
            Prose p = prose().text(year + " 年一般公共预算财政拨款支出 ").money(total.get(GeneralBudgetColumn.TOTAL).orElse(null), "gk05.total.total");
            fa.tables().summary().ifPresent(s -> Shares.percent(spent, value(s.totals(), SummaryTotal.EXPENDITURE_TOTAL)).ifPresent(pct ->
                    p.text("，占本年支出合计的 ").percent(pct, "share(gk05.total.total,gk01.expenditure_total)")));
            yoy(p, StandardSection.GENERAL_BUDGET);
            b.p(p);

            b.h("h4", "（二）一般公共预算财政拨款支出决算具体情况");
            List<Facts.LineBudget> budgets = fa.facts().budgets();
            Prose q = prose().text(year + " 年一般公共预算财政拨款支出");
            if (!budgets.isEmpty()) {
                BigDecimal initial = sum(budgets.stream().map(Facts.LineBudget::initial).toList());
                BigDecimal adjusted = sum(budgets.stream().map(Facts.LineBudget::adjusted).toList());
                q.text("年初预算为 ").money(initial, "sum(facts.budgets.*.initial)").text("，调整预算为 ").money(adjusted, "sum(facts.budgets.*.adjusted)")
                        .text("，支出决算为 ").money(spent, "gk05.total.total");
                completion(q, spent, initial, adjusted, "gk05.total.total", "sum(facts.budgets.*.initial)", "sum(facts.budgets.*.adjusted)");
                q.text("。");
            } else {
                q.text("决算为 ").money(spent, "gk05.total.total").text("。");
            }
            q.text("按照政府功能分类科目分，其中：");
            b.p(q);
            int n = 1;
            for (CodedRow<FunctionCode, GeneralBudgetColumn> row : t.body().rows()) {
                if (row.code().level() != 3) continue;
                b.p(lineSentence(n++, row));
            }
        });
    }

    private Prose lineSentence(int n, CodedRow<FunctionCode, GeneralBudgetColumn> row) {
        FunctionCode code = row.code();
        String ref = "gk05." + code.digits() + ".total";
        Prose p = prose().text(n + ". " + lineage(code) + "。");
        BigDecimal spent = value(row.cells(), GeneralBudgetColumn.TOTAL);
        Optional<Facts.LineBudget> budget = fa.facts().budget(code);
        if (budget.isEmpty()) {
            return p.text("支出决算为 ").money(spent, ref).text("。");
        }
        Facts.LineBudget lb = budget.get();
        String initialRef = "facts.budgets." + code.digits() + ".initial";
        String adjustedRef = "facts.budgets." + code.digits() + ".adjusted";
        p.text("年初预算为 ").money(lb.initial(), initialRef).text("，调整预算为 ").money(lb.adjusted(), adjustedRef)
                .text("，支出决算为 ").money(spent, ref);
        BigDecimal basis = completion(p, spent, value(lb.initial()), value(lb.adjusted()), ref, initialRef, adjustedRef);
        versus(p, spent, basis, StandardSection.GENERAL_BUDGET, code.digits());
        return p;
    }

    /** "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）" from the catalog and the table. */
    private String lineage(FunctionCode code) {
        StringBuilder sb = new StringBuilder();
        List<FunctionCode> chain = new ArrayList<>();
        for (Optional<FunctionCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) chain.add(0, c.get());
        for (FunctionCode c : chain) {
            String name = fa.tables().generalBudget().flatMap(t -> t.body().row(c)).map(CodedRow::name)
                    .or(() -> catalog.name(c)).orElse(c.digits());
            sb.append(name).append('（').append(c.levelName()).append('）');
        }
        return sb.toString();
    }

    /**
     * "，完成年初预算的 94.35%" — or, when 年初预算 is 0, "，年初预算为 0，完成全年预算的 94.35%".
     * Returns the budget compared with (年初, else 全年), or null when there is none.
     */
    private BigDecimal completion(Prose p, BigDecimal spent, BigDecimal initial, BigDecimal adjusted,
                                  String spentRef, String initialRef, String adjustedRef) {
        BigDecimal basis = BudgetComparisons.basis(initial, adjusted);
        if (basis == null) return null;
        boolean fromInitial = basis == initial;
        Shares.percent(spent, basis).ifPresent(pct -> p.text(fromInitial ? "，完成年初预算的 " : "，年初预算为 0，按全年预算计算完成 ")
                .percent(pct, "share(" + spentRef + "," + (fromInitial ? initialRef : adjustedRef) + ")"));
        return basis;
    }

    /** "。决算数小于预算数 6.13 万元，主要原因是：…。" or "，决算数与预算数持平。" */
    private void versus(Prose p, BigDecimal actual, BigDecimal budget, StandardSection section, String key) {
        if (budget == null) {
            p.end();
            return;
        }
        BigDecimal diff = actual.subtract(budget);
        if (diff.signum() == 0) {
            p.text("，决算数与预算数持平").end();
            return;
        }
        p.text("。决算数" + (diff.signum() > 0 ? "大于" : "小于") + "预算数 ").money(diff.abs(), "diff(" + key + ")");
        reasons.of(section, key).ifPresent(r -> p.text("，主要原因是：").html(r));
        p.end();
    }

    // ---- 六 and 七 ----------------------------------------------------------------------------

    private void basic(Blocks b) {
        fa.tables().basicExpenditure().ifPresent(t -> {
            Cells<BasicEconomicColumn> total = t.body().total().cells();
            b.p(prose().text(year + " 年一般公共预算财政拨款基本支出 ").money(total.get(BasicEconomicColumn.TOTAL).orElse(null), "gk06.total.total")
                    .text("，包括：人员经费支出 ").money(total.get(BasicEconomicColumn.PERSONNEL).orElse(null), "gk06.total.personnel")
                    .text("和公用经费支出 ").money(total.get(BasicEconomicColumn.PUBLIC).orElse(null), "gk06.total.public").text("。"));
            for (BasicEconomicColumn c : List.of(BasicEconomicColumn.PERSONNEL, BasicEconomicColumn.PUBLIC)) {
                List<CodedRow<cn.gongkai.model.EconomicCode, BasicEconomicColumn>> items = t.body().rows().stream()
                        .filter(r -> r.code().level() == 2 && r.cells().get(c).map(a -> !a.isZero()).orElse(false)).toList();
                if (items.isEmpty()) continue;
                Prose p = prose().text(c.label() + "支出 ").money(total.get(c).orElse(null), "gk06.total." + c.key()).text("，主要包括");
                for (int i = 0; i < items.size(); i++) {
                    var r = items.get(i);
                    p.text((i == 0 ? "" : "、") + r.name() + " ").money(r.cells().get(c).orElse(null), "gk06." + r.code().digits() + "." + c.key());
                }
                b.p(p.text("。"));
            }
        });
    }

    private void threePublic(Blocks b) {
        fa.tables().threePublic().ifPresent(t -> {
            BigDecimal budget = value(t.budget(), ThreePublicColumn.TOTAL);
            BigDecimal actual = value(t.actual(), ThreePublicColumn.TOTAL);
            b.h("h4", "（一）“三公”经费财政拨款支出决算总体情况");
            Prose p = prose().text(year + " 年“三公”经费财政拨款支出预算为 ").money(budget, "gk07.budget.total")
                    .text("，支出决算为 ").money(actual, "gk07.actual.total");
            completionVersus(p, actual, budget, "gk07.actual.total", "gk07.budget.total", ReasonKeys.threePublic(ThreePublicColumn.TOTAL));
            yoy(p, StandardSection.THREE_PUBLIC);
            b.p(p);
            b.h("h4", "（二）“三公”经费财政拨款支出决算具体情况");
            Prose shares = prose().text(year + " 年“三公”经费财政拨款支出决算中，");
            ThreePublicColumn[] items = {ThreePublicColumn.OVERSEAS, ThreePublicColumn.VEHICLE_PURCHASE, ThreePublicColumn.VEHICLE_OPERATION,
                    ThreePublicColumn.RECEPTION};
            for (int i = 0; i < items.length; i++) {
                ThreePublicColumn c = items[i];
                shares.text(ReasonKeys.threePublic(c) + "支出决算 ").money(value(t.actual(), c), "gk07.actual." + c.key());
                Shares.percent(value(t.actual(), c), actual).ifPresent(pct -> shares.text("，占“三公”经费总支出 ")
                        .percent(pct, "share(gk07.actual." + c.key() + ",gk07.actual.total)"));
                shares.text(i + 1 < items.length ? "；" : "。");
            }
            b.p(shares);
            Facts.ThreePublicStats st = fa.facts().threePublic();
            b.p(item(t, ThreePublicColumn.OVERSEAS, st == null || st.overseasGroups() == null ? null
                    : prose().text("因公出国（境）团组 ").count(st.overseasGroups(), "facts.three_public.overseas_groups").text(" 个、")
                    .count(nz(st.overseasPeople()), "facts.three_public.overseas_people").text(" 人次，")));
            b.p(item(t, ThreePublicColumn.VEHICLE_PURCHASE, st == null || st.vehiclesPurchased() == null ? null
                    : prose().text("购置公务用车 ").count(st.vehiclesPurchased(), "facts.three_public.vehicles_purchased").text(" 辆，")));
            b.p(item(t, ThreePublicColumn.VEHICLE_OPERATION, st == null || st.vehiclesOwned() == null ? null
                    : prose().text("公务用车保有量 ").count(st.vehiclesOwned(), "facts.three_public.vehicles_owned").text(" 辆，")));
            Prose reception = null;
            if (st != null && st.receptionBatches() != null) {
                reception = prose().text("国内公务接待 ").count(st.receptionBatches(), "facts.three_public.reception_batches").text(" 批次、")
                        .count(nz(st.receptionPeople()), "facts.three_public.reception_people").text(" 人次");
                if (st.foreignReceptionBatches() != null && st.foreignReceptionBatches() > 0) {
                    reception.text("（其中外事接待 ").count(st.foreignReceptionBatches(), "facts.three_public.foreign_reception_batches")
                            .text(" 批次、").count(nz(st.foreignReceptionPeople()), "facts.three_public.foreign_reception_people").text(" 人次）");
                }
                reception.text("，");
            }
            b.p(item(t, ThreePublicColumn.RECEPTION, reception));
            b.h("h4", "（三）培训费支出情况");
            b.p(item(t, ThreePublicColumn.TRAINING, null));
            b.h("h4", "（四）会议费支出情况");
            b.p(item(t, ThreePublicColumn.MEETING, null));
        });
    }

    /** One 三公/会议/培训 item: optional counts, budget, actual, completion and comparison with its reason. */
    private Prose item(ThreePublicExpenses t, ThreePublicColumn c, Prose counts) {
        BigDecimal budget = value(t.budget(), c);
        BigDecimal actual = value(t.actual(), c);
        String name = ReasonKeys.threePublic(c);
        Prose p = prose().text(year + " 年");
        if (counts != null) p.html(counts.html());
        if (budget.signum() == 0 && actual.signum() == 0) {
            return p.text(name + "预算为 ").money(budget, "gk07.budget." + c.key()).text("，支出决算为 ").money(actual, "gk07.actual." + c.key())
                    .text("，本年度无" + name + "预算和支出。");
        }
        p.text(name + "预算为 ").money(budget, "gk07.budget." + c.key()).text("，支出决算为 ").money(actual, "gk07.actual." + c.key());
        completionVersus(p, actual, budget, "gk07.actual." + c.key(), "gk07.budget." + c.key(), name);
        return p;
    }

    /** "，完成预算的 100.00%，决算数与预算数持平。" for figures whose budget is one number. */
    private void completionVersus(Prose p, BigDecimal actual, BigDecimal budget, String actualRef, String budgetRef, String key) {
        Shares.percent(actual, budget).ifPresent(pct -> p.text("，完成预算的 ").percent(pct, "share(" + actualRef + "," + budgetRef + ")"));
        versus(p, actual, budget.signum() == 0 && actual.signum() == 0 ? null : budget, StandardSection.THREE_PUBLIC, key);
    }

    // ---- 八 to 十一 ---------------------------------------------------------------------------

    private void governmentFund(Blocks b) {
        var t = fa.tables().governmentFund();
        if (t.isEmpty() || t.get().isEmpty()) {
            String reason = t.flatMap(x -> x.meta().emptyReasonOpt()).map(r -> r.value().replaceAll("[。.]$", "")).orElse("本部门无政府性基金预算财政拨款收入支出");
            b.p(prose().text(reason + "，公开08表为空表。"));
            return;
        }
        fundLines(b, "政府性基金预算财政拨款", t.get().rows(), "gk08", "expenditure");
    }

    private void stateCapital(Blocks b) {
        var t = fa.tables().stateCapital();
        if (t.isEmpty() || t.get().isEmpty()) {
            String reason = t.flatMap(x -> x.meta().emptyReasonOpt()).map(r -> r.value().replaceAll("[。.]$", ""))
                    .orElse("本部门无国有资本经营预算财政拨款收入支出");
            b.p(prose().text(reason + (t.isPresent() ? "，公开09表为空表。" : "。")));
            return;
        }
        fundLines(b, "国有资本经营预算财政拨款", t.get().rows(), "gk09", "total");
    }

    private void fundLines(Blocks b, String what, List<? extends CodedRow<?, ?>> rows, String gk, String spentKey) {
        Prose p = prose().text(year + " 年" + what + "支出中，");
        List<? extends CodedRow<?, ?>> items = rows.stream().filter(r -> r.code() instanceof FunctionCode f && f.level() == 3).toList();
        for (int i = 0; i < items.size(); i++) {
            CodedRow<?, ?> r = items.get(i);
            Amount a = r.cells().asMap().entrySet().stream().filter(e -> e.getKey().key().equals(spentKey)).map(java.util.Map.Entry::getValue)
                    .findFirst().orElse(null);
            p.text(lineage((FunctionCode) r.code()) + "支出 ").money(a, gk + "." + r.code().digits() + "." + spentKey).text(i + 1 < items.size() ? "；" : "。");
        }
        b.p(p);
    }

    private void performance(Blocks b) {
        fa.performanceOpt().ifPresent(perf -> {
            List<cn.gongkai.model.performance.ProjectEvaluation> evaluated = perf.projects().stream()
                    .filter(e -> e.fund(cn.gongkai.model.performance.FundSource.TOTAL).isPresent()).toList();
            if (evaluated.isEmpty()) return;
            BigDecimal covered = sum(evaluated.stream().map(e -> e.fund(cn.gongkai.model.performance.FundSource.TOTAL).orElseThrow()
                    .get(cn.gongkai.model.performance.ExecutionColumn.ACTUAL).orElse(null)).toList());
            Prose p = prose().text(year + " 年本部门对 ").count(evaluated.size(), "count(performance.projects)").text(" 个项目开展了绩效自评，涉及资金 ")
                    .money(covered, "sum(performance.projects.actual)");
            fa.tables().generalBudget().ifPresent(g -> {
                BigDecimal project = value(g.body().total().cells(), GeneralBudgetColumn.PROJECT);
                Shares.percent(covered, project).ifPresent(pct -> p.text("，占一般公共预算项目支出总额（").money(project, "gk05.total.project")
                        .text("）的 ").percent(pct, "share(sum(performance.projects.actual),gk05.total.project)"));
            });
            b.p(p.text("。"));
            int n = 1;
            for (var e : evaluated) b.p(projectResult(n++, e));
        });
    }

    /** "1. 办公用房维修（护）：项目自评得分 100 分。全年预算数未填写，执行数 44.09 万元，执行率无法计算。…" */
    private Prose projectResult(int n, cn.gongkai.model.performance.ProjectEvaluation e) {
        var funds = e.fund(cn.gongkai.model.performance.FundSource.TOTAL).orElseThrow();
        Amount a = funds.get(cn.gongkai.model.performance.ExecutionColumn.BUDGET).orElse(null);
        Amount done = funds.get(cn.gongkai.model.performance.ExecutionColumn.ACTUAL).orElse(null);
        String ref = "performance.project-" + n;
        Prose p = prose().text(n + ". " + (e.name() == null ? "" : e.name().value()) + "：");
        if (e.score() != null) {
            p.text("项目自评得分 ").count(e.score().value().intValue(), ref + ".score").text(" 分。");
        }
        p.text("全年预算数");
        if (a == null || a.isZero()) p.text(a == null ? "未填写" : "为 0");
        else p.text(" ").money(a, ref + ".budget");
        p.text("，全年执行数 ").money(done, ref + ".actual");
        Optional<BigDecimal> rate = a == null || a.isZero() ? Optional.empty() : Shares.percent(value(done), value(a));
        if (rate.isPresent()) p.text("，执行率 ").percent(rate.get(), "share(" + ref + ".actual," + ref + ".budget)").text("。");
        else p.text("，执行率无法计算（全年预算数为 0 或未填写）。");
        if (e.summary() != null) p.text(e.summary().value());
        return p;
    }

    private void otherMatters(Blocks b) {
        Facts f = fa.facts();
        if (f.operatingCosts() != null) {
            Facts.OperatingCosts o = f.operatingCosts();
            b.h("h4", "（一）机关运行经费支出情况");
            BigDecimal actual = value(o.actual());
            Prose p = prose().text(year + " 年机关运行经费年初预算为 ").money(o.initial(), "facts.operating_costs.initial")
                    .text("，上年结转 ").money(o.carriedOver(), "facts.operating_costs.carried_over")
                    .text("，调整预算数 ").money(o.adjusted(), "facts.operating_costs.adjusted")
                    .text("，支出决算为 ").money(o.actual(), "facts.operating_costs.actual");
            BigDecimal basis = completion(p, actual, value(o.initial()), value(o.adjusted()), "facts.operating_costs.actual",
                    "facts.operating_costs.initial", "facts.operating_costs.adjusted");
            versus(p, actual, basis, StandardSection.OTHER_MATTERS, ReasonKeys.OPERATING_COSTS);
            yoy(p, StandardSection.OTHER_MATTERS);
            b.p(p);
        }
        if (f.procurement() != null) {
            Facts.Procurement pr = f.procurement();
            b.h("h4", "（二）政府采购支出情况");
            Prose p = prose().text(year + " 年本部门政府采购支出总额 ").money(pr.total(), "facts.procurement.total")
                    .text("，其中：政府采购货物支出 ").money(pr.goods(), "facts.procurement.goods")
                    .text("、政府采购工程支出 ").money(pr.works(), "facts.procurement.works")
                    .text("、政府采购服务支出 ").money(pr.services(), "facts.procurement.services");
            if (pr.smeAwarded() != null) {
                p.text("；授予中小企业合同金额 ").money(pr.smeAwarded(), "facts.procurement.sme_awarded");
                Shares.percent(value(pr.smeAwarded()), value(pr.total())).ifPresent(pct -> p.text("，占政府采购支出总额的 ")
                        .percent(pct, "share(facts.procurement.sme_awarded,facts.procurement.total)"));
            }
            b.p(p.text("。"));
        }
        if (f.assets() != null) {
            Facts.Assets a = f.assets();
            b.h("h4", "（三）国有资产占用及购置情况");
            b.p(prose().text("截至 " + year + " 年 12 月 31 日，本部门共有公务车辆 ").count(nz(a.vehicles()), "facts.assets.vehicles")
                    .text(" 辆；单价 50 万元以上的通用设备 ").count(nz(a.generalEquipmentOver50()), "facts.assets.general_equipment_over_50")
                    .text(" 台（套）；单价 100 万元以上的专用设备 ").count(nz(a.specialEquipmentOver100()), "facts.assets.special_equipment_over_100")
                    .text(" 台（套）。" + year + " 年当年购置车辆 ").count(nz(a.vehiclesBought()), "facts.assets.vehicles_bought")
                    .text(" 辆；购置单价 50 万元以上的通用设备 ").count(nz(a.generalEquipmentOver50Bought()), "facts.assets.general_equipment_over_50_bought")
                    .text(" 台（套）；购置单价 100 万元以上的专用设备 ").count(nz(a.specialEquipmentOver100Bought()), "facts.assets.special_equipment_over_100_bought")
                    .text(" 台（套）。"));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * The year-over-year clause of a section's headline figure ({@link Headlines}) with its reason.
     * Without last year's disclosure, the editor's 「与上年相比」 text (e.g. why there is no
     * comparison) stands in its place.
     */
    private void yoy(Prose p, StandardSection s) {
        Optional<String> reason = reasons.of(s, ReasonKeys.YEAR_OVER_YEAR);
        Headlines.Figure now = headlines.get(s);
        Headlines.Figure last = lastYear == null ? null : lastYear.get(s);
        boolean closed = p.html().endsWith("。");
        if (now != null && last != null) {
            BigDecimal current = value(now.amount());
            BigDecimal before = value(last.amount());
            p.text(closed ? "" : "，");
            YearOverYear.clause(p, current, before, now.ref());
            if (current.compareTo(before) != 0) reason.ifPresent(r -> p.text("，主要原因是：").html(r));
            p.end();
        } else {
            p.end();
            reason.ifPresent(p::html);
        }
    }

    private <C extends Enum<C> & Column> BigDecimal value(Cells<C> cells, C c) {
        return cells.valueOrZero(c, unit);
    }

    private BigDecimal value(Amount a) {
        return a == null ? BigDecimal.ZERO : a.valueIn(unit);
    }

    private BigDecimal sum(List<Amount> amounts) {
        return amounts.stream().map(this::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int nz(Integer n) {
        return n == null ? 0 : n;
    }
}
