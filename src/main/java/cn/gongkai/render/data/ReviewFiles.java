package cn.gongkai.render.data;

import cn.gongkai.render.data.FiscalDataPackage.FieldDef;
import cn.gongkai.view.BudgetReviewView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A budget review list as files: CSV as printed (amounts in the published unit, named in the
 * header; 备注 as its findings and 资金文号 joined), JSON with the findings and documents as lists,
 * and a Fiscal Data Package with one row per amount — the requested budget (phase proposed) and the
 * prior year's budget (phase approved) of each project.
 */
public final class ReviewFiles {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    static final List<FieldDef> FIELDS = List.of(
            new FieldDef("fiscal_year", "integer", "date:fiscal-year", "年度"),
            new FieldDef("department_code", "string", "administrative-classification:generic:level1:code", "部门标识"),
            new FieldDef("department", "string", "administrative-classification:generic:level1:label", "部门"),
            new FieldDef("implementer", "string", "administrative-classification:generic:level2:label", "实施单位"),
            new FieldDef("project_code", "string", "activity:generic:project:code", "序号"),
            new FieldDef("project", "string", "activity:generic:project:label", "项目名称"),
            new FieldDef("phase_id", "string", "phase:id", "阶段标识（proposed 申报，approved 预算下达）"),
            new FieldDef("phase", "string", "phase:label", "阶段"),
            new FieldDef("direction", "string", "direction", "收支方向"),
            new FieldDef("measure", "string", "value-kind:label", "项目（表中的栏目）"),
            new FieldDef("score", "number", null, "最终得分"),
            new FieldDef("recommendation", "string", null, "预算资金安排建议"),
            new FieldDef("amount", "number", "value", "金额（元）"),
            new FieldDef("currency", "string", "value-currency:code", "币种"));

    private ReviewFiles() {
    }

    public static byte[] csv(BudgetReviewView v) {
        Csv csv = new Csv();
        csv.row(List.of("序号", "实施单位", "项目名称", v.priorBudgetLabel() + "（" + v.unit() + "）", v.progressLabel(),
                v.requestedLabel() + "（" + v.unit() + "）", "最终得分", "预算资金安排建议", "评审意见", "资金文号"));
        for (BudgetReviewView.Line l : v.lines()) {
            List<String> findings = new ArrayList<>();
            for (int i = 0; i < l.findings().size(); i++) findings.add((i + 1) + "." + l.findings().get(i));
            csv.row(List.of(String.valueOf(l.no()), l.implementer(), l.name(), plain(l.priorBudget()), l.progress(), plain(l.requested()),
                    l.score() == null ? "" : l.score(), l.recommendation(), String.join("", findings), String.join("、", l.documents())));
        }
        csv.row(List.of("合计", "", "", "", "", plain(v.totals().requested()),
                v.totals().averageScore() == null ? "" : v.totals().averageScore(), "", "", ""));
        return csv.bytes();
    }

    public static byte[] json(BudgetReviewView v, String department) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", v.title());
        doc.put("department", department);
        doc.put("year", v.year());
        doc.put("prior_year", v.priorYear());
        doc.put("unit", v.unit());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (BudgetReviewView.Line l : v.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("no", l.no());
            line.put("implementer", l.implementer());
            line.put("name", l.name());
            line.put("prior_year_budget", number(l.priorBudget()));
            line.put("progress_percent", l.progress().isEmpty() ? null : new BigDecimal(l.progress().replace("%", "")));
            line.put("requested", number(l.requested()));
            line.put("score", l.score() == null ? null : new BigDecimal(l.score()));
            line.put("recommendation", l.recommendation());
            line.put("findings", l.findings());
            line.put("documents", l.documents());
            lines.add(line);
        }
        doc.put("lines", lines);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("requested", number(v.totals().requested()));
        totals.put("average_score", v.totals().averageScore() == null ? null : new BigDecimal(v.totals().averageScore()));
        totals.put("scored_lines", v.totals().scoredLines());
        doc.put("totals", totals);
        return JsonFile.bytes(doc);
    }

    public static byte[] fiscalData(BudgetReviewView v) {
        Csv csv = new Csv();
        csv.row(FIELDS.stream().map(FieldDef::name).toList());
        for (BudgetReviewView.Line l : v.lines()) {
            String score = l.score() == null ? "" : l.score();
            if (!l.priorBudget().isEmpty()) {
                csv.row(List.of(String.valueOf(v.priorYear()), v.departmentCode(), v.preparer(), l.implementer(), String.valueOf(l.no()),
                        l.name(), "approved", "预算下达", "支出", v.priorBudgetLabel(), score, l.recommendation(), yuan(v, l.priorBudget()), "CNY"));
            }
            csv.row(List.of(String.valueOf(v.year()), v.departmentCode(), v.preparer(), l.implementer(), String.valueOf(l.no()), l.name(),
                    "proposed", "申报", "支出", v.requestedLabel(), score, l.recommendation(), yuan(v, l.requested()), "CNY"));
        }
        return csv.plainBytes();
    }

    public static byte[] descriptor(BudgetReviewView v, String dataFile) {
        return FiscalDataPackage.descriptor(v.departmentCode() + "-" + v.year() + "-budget-review", v.title(), dataFile, FIELDS);
    }

    private static String plain(String printed) {
        return printed.replace(",", "");
    }

    private static BigDecimal number(String printed) {
        return printed.isEmpty() ? null : new BigDecimal(plain(printed));
    }

    private static String yuan(BudgetReviewView v, String printed) {
        BigDecimal n = new BigDecimal(plain(printed));
        return (v.unit().equals("万元") ? n.multiply(WAN) : n).stripTrailingZeros().toPlainString();
    }
}
