package cn.gongkai.content;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.FiscalColumn;
import cn.gongkai.model.table.FundColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.IncomeSource;
import cn.gongkai.model.table.SummaryTotal;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.verify.ModelCells;
import cn.gongkai.testing.Sample;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML in content/ carries the numbers of seed 002 (镇安县行政审批服务局 2019 年部门决算): each
 * table is read back from the seed document itself and compared cell by cell with the model.
 */
class SeedTranscriptionTest {

    private static final String SEED = Sample.seed("002_c237dd601ad16019.txt");

    private final FinalAccounts fa = Sample.zhenan2019();

    @Test
    void classifiedTablesMatchTheSeedCellByCell() {
        assertCoded(TableKind.INCOME, "# 收入决算表", IncomeColumn.values(), 0);
        assertCoded(TableKind.EXPENDITURE, "# 支出决算表", ExpenditureColumn.values(), 0);
        assertCoded(TableKind.GENERAL_BUDGET, "## 一般公共预算财政拨款支出决算表", GeneralBudgetColumn.values(), 1);
        assertCoded(TableKind.BASIC_EXPENDITURE, "# 一般公共预算财政拨款基本支出决算表", BasicEconomicColumn.values(), 1);
        assertCoded(TableKind.GOVERNMENT_FUND, "# 政府性基金预算财政拨款收入支出决算表", FundColumn.values(), 0);
    }

    @Test
    void table06HasTheSeedsEconomicLines() {
        Map<String, Amount> cells = ModelCells.of(fa.tables().basicExpenditure().orElseThrow());
        assertAmount("42.41", cells.get("30101|total"));
        assertAmount("4", cells.get("30112|personnel"));
        assertAmount("4.4", cells.get("30228|public"));
        assertAmount("9.76", cells.get("30299|total"));
        assertAmount("102.39", cells.get("total|total"));
        assertEquals(17, fa.tables().basicExpenditure().orElseThrow().body().rows().size());
    }

    @Test
    void summaryTableMatchesTheSeed() {
        Map<String, Amount> cells = ModelCells.of(fa.tables().summary().orElseThrow());
        Map<String, String> seen = new LinkedHashMap<>();
        int expenditureLines = 0;
        for (List<String> row : rows(block("# 收入支出决算总表"))) {
            if (row.size() < 4 || row.get(0).equals("项目") || row.get(0).equals("收入")) continue;
            String inLabel = plain(row.get(0));
            String outLabel = plain(row.get(2));
            if (!inLabel.isEmpty()) seen.put(summaryKey(inLabel), row.get(1));
            if (!outLabel.isEmpty()) {
                String key = summaryKey(outLabel);
                if (key.matches("[0-9]+")) expenditureLines++;
                seen.put(key, row.get(3));
            }
        }
        assertEquals(22, expenditureLines, "公开01 prints 22 expenditure lines");
        assertEquals(22, fa.tables().summary().orElseThrow().expenditure().size());
        seen.forEach((key, text) -> assertCell(TableKind.SUMMARY, key + "|amount", text, cells));
    }

    @Test
    void fiscalSummaryMatchesTheSeed() {
        Map<String, Amount> cells = ModelCells.of(fa.tables().fiscalSummary().orElseThrow());
        List<String> lines = block("# 财政拨款收入支出决算总表");
        boolean afterOpening = false;
        int checked = 0;
        for (List<String> row : rows(lines)) {
            if (row.size() < 6 || row.get(0).equals("项目") || row.get(0).equals("收入")) continue;
            String in = plain(row.get(0));
            String out = plain(row.get(2));
            if (in.startsWith("年初")) afterOpening = true;
            if (!in.isEmpty()) {
                String key = afterOpening && in.startsWith("一、") ? "opening_balance|general_budget"
                        : afterOpening && in.startsWith("二、") ? "opening_balance|government_fund"
                        : in.startsWith("年初") ? "opening_balance|total"
                        : fiscalIncomeKey(in) + "|amount";
                assertCell(TableKind.FISCAL_SUMMARY, key, row.get(1), cells);
                checked++;
            }
            if (!out.isEmpty()) {
                String rowKey = out.startsWith("本年支出合计") ? "expenditure_total" : out.startsWith("年末") ? "closing_balance"
                        : out.startsWith("支出总计") ? "expenditure_grand_total" : summaryKey(out);
                FiscalColumn[] cols = {FiscalColumn.TOTAL, FiscalColumn.GENERAL_BUDGET, FiscalColumn.GOVERNMENT_FUND};
                for (int i = 0; i < cols.length; i++) {
                    assertCell(TableKind.FISCAL_SUMMARY, rowKey + "|" + cols[i].key(), row.get(3 + i), cells);
                    checked++;
                }
            }
        }
        assertTrue(checked > 40, "checked " + checked + " cells of 公开04");
    }

    @Test
    void threePublicMatchesTheSeed() {
        Map<String, Amount> cells = ModelCells.of(fa.tables().threePublic().orElseThrow());
        int rows = 0;
        for (List<String> row : rows(block("## 一般公共预算财政拨款“三公”经费及"))) {
            String key = row.get(0).equals("预算数") ? "budget" : row.get(0).equals("决算数") ? "actual" : null;
            if (key == null) continue;
            rows++;
            ThreePublicColumn[] cols = ThreePublicColumn.values();
            for (int i = 0; i < cols.length; i++) {
                assertCell(TableKind.THREE_PUBLIC, key + "|" + cols[i].key(), row.get(1 + i), cells);
            }
        }
        assertEquals(2, rows);
    }

    @Test
    void emptyTableAndTheListOfEmptyTables() {
        DisclosureTable fund = fa.tables().governmentFund().orElseThrow();
        assertTrue(fund.isEmpty());
        assertEquals("本部门无政府性基金预算财政拨款收入", fund.meta().emptyReason().value());
        assertEquals(8, fa.tables().all().size());
        assertEquals(1, fa.tables().all().stream().filter(DisclosureTable::isEmpty).count());
    }

    @Test
    void overviewReviewAndPerformanceCarryTheSeedsFacts() {
        assertEquals(6, fa.overview().duties().size());
        assertEquals(List.of("办公室", "审批一股", "审批二股"),
                fa.overview().internalBodies().names().stream().map(Object::toString).toList());
        assertEquals(8, fa.overview().staff().administrativeQuota());
        assertEquals(5, fa.overview().staff().actual());
        assertEquals("已审查", fa.review().confidentiality().value());
        assertTrue(fa.review().signOff().value().contains("邢光明"));
        var facts = fa.facts();
        assertAmount("108.52", facts.budgets().get(0).adjusted());
        assertAmount("157.19", facts.budgets().get(1).adjusted());
        assertAmount("44.14", facts.operatingCosts().adjusted());
        assertAmount("40.88", facts.operatingCosts().actual());
        assertEquals(40, facts.threePublic().receptionBatches());
        assertEquals(360, facts.threePublic().receptionPeople());
        var perf = fa.performance();
        assertEquals(3, perf.projects().size());
        assertAmount("44.09", perf.projects().get(0).fund(cn.gongkai.model.performance.FundSource.TOTAL).orElseThrow()
                .get(cn.gongkai.model.performance.ExecutionColumn.ACTUAL).orElseThrow());
        assertEquals(0, new BigDecimal("92").compareTo(perf.department().score().value()));
        assertEquals(9, perf.department().indicators().size());
        assertEquals(6, fa.glossary().size());
    }

    // ---- reading the seed --------------------------------------------------------------------

    private void assertCoded(TableKind kind, String heading, Column[] columns, int skipAfterName) {
        Map<String, Amount> cells = ModelCells.of(fa.tables().get(kind).orElseThrow());
        int rows = 0;
        for (List<String> row : rows(block(heading))) {
            String first = row.get(0).strip();
            String key = first.equals("合计") || first.equals("<b>合计</b>") ? "total" : first.matches("[0-9]{3,7}") ? first : null;
            if (key == null) continue;
            rows++;
            for (int i = 0; i < columns.length; i++) {
                String text = 2 + i < row.size() ? row.get(2 + i) : "";
                assertCell(kind, key + "|" + columns[i].key(), text, cells);
            }
        }
        assertTrue(rows > 0, "no rows read for " + kind);
        long modelRows = cells.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().count();
        assertTrue(rows >= modelRows, kind + ": seed has " + rows + " rows, model has amounts in " + modelRows);
    }

    private static void assertCell(TableKind kind, String key, String seedText, Map<String, Amount> cells) {
        String text = seedText == null ? "" : seedText.strip();
        Amount a = cells.get(key);
        if (text.isEmpty()) {
            assertTrue(a == null, kind.number() + " " + key + ": seed is blank, YAML has " + a);
        } else {
            assertTrue(a != null, kind.number() + " " + key + ": seed has " + text + ", YAML is blank");
            assertEquals(0, new BigDecimal(text).compareTo(a.value()), kind.number() + " " + key);
        }
    }

    private static void assertAmount(String expected, Amount a) {
        assertEquals(0, new BigDecimal(expected).compareTo(a.value()), expected + " vs " + a.value());
    }

    /** The seed's lines from {@code heading} to the table's 注. */
    private static List<String> block(String heading) {
        int start = SEED.indexOf(heading);
        assertTrue(start >= 0, "heading not in seed: " + heading);
        int end = SEED.indexOf("注：", start);
        return SEED.substring(start, end).lines().toList();
    }

    private static List<List<String>> rows(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String l : lines) {
            if (l.contains("\t")) out.add(List.of(l.split("\t", -1)));
        }
        return out;
    }

    private static String plain(String label) {
        return label.replaceAll("<[^>]+>", "").replaceAll("\\s+", "");
    }

    /** "1、一般公共服务支出" → "201"; "本年收入合计" → "income_total"; "1、一般公共预算财政拨款" → "general_budget". */
    private String summaryKey(String label) {
        String name = label.replaceFirst("^[0-9]+、", "");
        for (SummaryTotal t : SummaryTotal.values()) if (t.label().equals(name)) return t.key();
        for (IncomeSource s : IncomeSource.values()) if (s.label().equals(name)) return s.key();
        return fa.tables().summary().orElseThrow().expenditure().stream()
                .filter(r -> r.name().equals(name) || r.name().equals(name.replace("和传媒", "与传媒")))
                .map(r -> r.code().digits()).findFirst()
                .orElseGet(() -> fa.tables().fiscalSummary().orElseThrow().expenditure().stream()
                        .filter(r -> r.name().equals(name)).map(r -> r.code().digits()).findFirst()
                        .orElseThrow(() -> new AssertionError("label not in the model: " + label)));
    }

    private static String fiscalIncomeKey(String label) {
        if (label.startsWith("本年收入合计")) return "income_total";
        if (label.startsWith("收入总计")) return "income_grand_total";
        return switch (label.substring(0, 2)) {
            case "1、" -> "general_budget";
            case "2、" -> "government_fund";
            case "3、" -> "state_capital";
            default -> throw new AssertionError("unexpected 公开04 income label " + label);
        };
    }
}
