package cn.gongkai.view;

import java.util.List;

/**
 * A budget review result laid out for printing, every figure and column header already written so
 * the template only places them; charts of the requested amounts and of the scores.
 */
public record BudgetReviewView(String title, int year, int priorYear, String departmentCode, String preparer, String unit, String summaryHtml, String priorBudgetLabel,
                               String progressLabel, String requestedLabel, List<Line> lines, Totals totals,
                               List<ChartView> charts, Downloads downloads) {

    public BudgetReviewView {
        lines = List.copyOf(lines);
        charts = List.copyOf(charts);
    }

    /** One project as printed ("" where the list is blank, a null score was not scored), with its 备注. */
    public record Line(String id, int no, String implementer, String name, String priorBudget, String progress,
                       String requested, String score, String recommendation, String notesSummary,
                       List<String> findings, List<String> documents, int documentsItem) {
        public Line {
            findings = List.copyOf(findings);
            documents = List.copyOf(documents);
        }
    }

    /** The list as CSV and JSON, and as a Fiscal Data Package, relative to the page. */
    public record Downloads(String csv, String json, String dataPackage, String fiscalData) {
    }

    /** The computed totals row: Σ requested, and the mean score of the scored lines (null when none is scored). */
    public record Totals(String requested, String averageScore, int scoredLines) {
    }
}
