package cn.gongkai.view;

import java.util.List;

/**
 * A budget review result laid out for printing: the generated summary, the column headers of its
 * years, every line of the list (also shown as a section of its own with its 备注) and the totals.
 */
public record BudgetReviewView(String title, String preparer, String unit, String summaryHtml, String priorBudgetLabel,
                               String progressLabel, String requestedLabel, List<Line> lines, Totals totals) {

    public BudgetReviewView {
        lines = List.copyOf(lines);
    }

    /**
     * One project, its figures printed ("" where the list is blank; a null score was not scored),
     * and its 备注: the findings, then the 资金文号 item under the number it was published with.
     */
    public record Line(String id, int no, String implementer, String name, String priorBudget, String progress,
                       String requested, String score, String recommendation, String notesSummary,
                       List<String> findings, List<String> documents, int documentsItem) {
        public Line {
            findings = List.copyOf(findings);
            documents = List.copyOf(documents);
        }
    }

    /** The computed totals row: Σ requested, and the mean score of the scored lines (null when none is scored). */
    public record Totals(String requested, String averageScore, int scoredLines) {
    }
}
