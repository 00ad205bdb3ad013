package cn.gongkai.view;

import java.util.List;

/** The self-evaluation forms of a disclosure, laid out for printing. */
public record PerformanceView(List<ProjectForm> projects, List<String> formNotes, DepartmentForm department) {

    public PerformanceView {
        projects = List.copyOf(projects);
        formNotes = List.copyOf(formNotes);
    }

    /** A 项目绩效目标自评表. */
    public record ProjectForm(String id, String form, String yearLabel, String name, String supervisor, String implementer,
                              String unit, List<FundRow> funds, String plannedGoal, String achievedGoal,
                              List<IndicatorRow> indicators, String remark) {
        public ProjectForm {
            funds = List.copyOf(funds);
            indicators = List.copyOf(indicators);
        }
    }

    /** A fund line: its label, 全年预算数 (A), 全年执行数 (B) and 执行率 (B/A). */
    public record FundRow(String key, String label, String budget, String actual, String rate, String rateNote) {
    }

    /**
     * A row of an indicator table. A level cell with span 0 is covered by the cell above it (rowspan);
     * otherwise it is printed with that rowspan.
     */
    public record IndicatorRow(String level1, int level1Span, String level2, int level2Span, List<List<String>> cells) {
        public IndicatorRow {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** 部门整体支出绩效自评表; {@code coverage} is the sentence on how much 项目支出 the project self-evaluations cover (HTML). */
    public record DepartmentForm(String id, String yearLabel, String reportingUnit, String score, String coverage,
                                 List<Summary> summaries, List<IndicatorRow> indicators, List<String> notes) {
        public DepartmentForm {
            summaries = List.copyOf(summaries);
            indicators = List.copyOf(indicators);
            notes = List.copyOf(notes);
        }
    }

    /** A summary question and its answer, one paragraph or numbered points. */
    public record Summary(String question, List<String> points) {
        public Summary {
            points = List.copyOf(points);
        }

        public boolean numbered() {
            return points.size() > 1;
        }
    }
}
