package cn.gongkai.verify;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.performance.DepartmentIndicator;
import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;
import cn.gongkai.model.performance.ProjectEvaluation;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.DisclosureTable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A final-accounts page against its content: every cell of every table, every figure of the
 * generated sentences, the self-evaluation forms' funds, 分值 and 得分.
 */
final class DisclosureCheck {

    private final Checker check;

    DisclosureCheck(Checker check) {
        this.check = check;
    }

    void page(String path, Document page, FinalAccounts fa, FinalAccounts previous) {
        for (DisclosureTable t : fa.tables().all()) table(path, page, t);
        figures(path, page, new Figures(fa, previous, check.unitFor(fa.unit())));
        fa.performanceOpt().ifPresent(p -> {
            int n = 1;
            for (ProjectEvaluation e : p.projects()) funds(path, page, "project-" + n++, e);
            p.departmentOpt().ifPresent(d -> {
                for (int i = 0; i < d.indicators().size(); i++) indicator(path, page, i + 1, d.indicators().get(i));
                if (d.score() != null) {
                    String sel = "#department-evaluation [data-row=department][data-col=score]";
                    check.number(path, sel, d.score().value(), text(page, sel));
                }
            });
        });
    }

    /** Every amount of the table where the model has one, and blank where it has none. */
    private void table(String path, Document page, DisclosureTable t) {
        String id = t.kind().slug();
        Element table = page.selectFirst("section#" + id + " table.fin");
        if (table == null) {
            check.add(path, "section#" + id + " table.fin", t.kind().number() + " " + t.kind().defaultTitle(), "没有这张表");
            return;
        }
        Map<String, Amount> model = ModelCells.of(t);
        Set<String> seen = new HashSet<>();
        for (Element td : table.select("td[data-row][data-col]")) {
            String key = td.attr("data-row") + "|" + td.attr("data-col");
            String sel = cell(id, td.attr("data-row"), td.attr("data-col"));
            if (!seen.add(key)) {
                check.add(path, sel, "每个单元格只出现一次", "出现了两次");
                continue;
            }
            check.amount(path, sel, model.get(key), td.text());
        }
        for (Map.Entry<String, Amount> e : model.entrySet()) {
            if (e.getValue() != null && !seen.contains(e.getKey())) {
                String[] rc = e.getKey().split("\\|");
                check.add(path, cell(id, rc[0], rc[1]), check.shown(e.getValue()).toPlainString(), "网页上没有这个单元格");
            }
        }
    }

    static String cell(String table, String row, String col) {
        return "section#" + table + " td[data-row=\"" + row + "\"][data-col=\"" + col + "\"]";
    }

    /** Each generated figure: its value re-evaluated from the model, and its text equal to its value. */
    private void figures(String path, Document page, Figures figures) {
        for (Element d : page.select("data.fig[data-ref]")) {
            String ref = d.attr("data-ref");
            String sel = "data.fig[data-ref=\"" + ref + "\"]";
            BigDecimal expected = figures.value(ref).orElse(null);
            if (expected == null) {
                check.add(path, sel, "能从内容算出的数字", "无法识别的引用「" + ref + "」");
                continue;
            }
            int scale = d.hasClass("count") ? 0 : d.hasClass("pct") ? 2 : check.decimals();
            check.number(path, sel, expected.setScale(scale, RoundingMode.HALF_UP), d.attr("value"));
            BigDecimal value = Checker.parse(d.attr("value"));
            check.number(path, sel + " 的文字", value, d.text());
        }
    }

    /** A project form's 全年预算数 and 全年执行数 for each fund source. */
    private void funds(String path, Document page, String form, ProjectEvaluation e) {
        for (FundSource s : FundSource.values()) {
            Cells<ExecutionColumn> c = e.fund(s).orElse(Cells.empty(ExecutionColumn.class));
            for (ExecutionColumn col : List.of(ExecutionColumn.BUDGET, ExecutionColumn.ACTUAL)) {
                String sel = "section#" + form + " td[data-row=\"" + s.key() + "\"][data-col=\"" + col.key() + "\"]";
                Element td = page.selectFirst(sel);
                if (td == null) {
                    check.add(path, sel, "单元格", "没有");
                    continue;
                }
                check.amount(path, sel, c.get(col).orElse(null), td.text());
            }
        }
    }

    private void indicator(String path, Document page, int n, DepartmentIndicator i) {
        String row = "#department-evaluation td[data-row=\"indicator-" + n + "\"]";
        check.number(path, row + "[data-col=\"points\"]", i.points().value(), text(page, row + "[data-col=\"points\"]"));
        check.number(path, row + "[data-col=\"score\"]", i.score() == null ? null : i.score().value(),
                text(page, row + "[data-col=\"score\"]"));
    }

    private static String text(Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null ? "（没有这个元素）" : e.text();
    }
}
