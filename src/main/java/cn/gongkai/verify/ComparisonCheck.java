package cn.gongkai.verify;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.ModelRefs;
import cn.gongkai.model.MoneyUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A comparison page: each department's row against the figures of its own final accounts. */
final class ComparisonCheck {

    /** The column (data-col) → the figure of a disclosure it shows. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("income", "gk02.total.total");
        COLUMNS.put("expenditure", "gk03.total.total");
        COLUMNS.put("basic", "gk03.total.basic");
        COLUMNS.put("project", "gk03.total.project");
        COLUMNS.put("three-public", "gk07.actual.total");
        COLUMNS.put("operating", "facts.operating_costs.actual");
        COLUMNS.put("meeting", "gk07.actual.meeting");
        COLUMNS.put("training", "gk07.actual.training");
    }

    private final Checker check;
    private final MoneyUnit unit;

    /** The comparison shows every department in one unit: the site's display unit, or 万元. */
    ComparisonCheck(Checker check, MoneyUnit displayUnit) {
        this.check = check;
        this.unit = displayUnit == null ? MoneyUnit.WAN_YUAN : displayUnit;
    }

    void page(String path, Document page, List<FinalAccounts> accounts) {
        List<Element> rows = page.select("table.compare tbody tr[data-dept]");
        if (rows.size() != accounts.size()) check.add(path, "table.compare tbody tr", accounts.size() + " 个部门", rows.size() + " 个部门");
        for (FinalAccounts fa : accounts) {
            String sel = "table.compare tbody tr[data-dept=\"" + fa.department().slug() + "\"]";
            Element row = page.selectFirst(sel);
            if (row == null) {
                check.add(path, sel, fa.department().name().value(), "没有这个部门");
                continue;
            }
            ModelRefs refs = ModelRefs.of(fa);
            for (Map.Entry<String, String> c : COLUMNS.entrySet()) {
                Element td = row.selectFirst("td[data-col=" + c.getKey() + "]");
                String cellSel = sel + " td[data-col=\"" + c.getKey() + "\"]";
                Optional<BigDecimal> expected = refs.resolve(c.getValue())
                        .map(r -> r.blank() ? BigDecimal.ZERO : r.amount().valueIn(unit))
                        .map(v -> v.setScale(check.decimals(), RoundingMode.HALF_UP));
                // A figure the disclosure does not have is a dash, read by screen readers as 未公开.
                String printed = td == null ? "（没有这一栏）" : td.select(".visually-hidden").isEmpty() ? td.text() : "";
                check.number(path, cellSel, expected.orElse(null), printed);
            }
        }
    }
}
