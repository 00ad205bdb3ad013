package cn.gongkai.view;

import java.util.List;

/**
 * Everything the final-accounts page prints, in page order.
 *
 * @param title        e.g. "镇安县行政审批服务局 2019 年部门决算"
 * @param reviewLines  保密审查/审签 lines ("保密审查情况：已审查")
 * @param overview     第一部分 部门概况
 * @param tableList    第二部分's list of tables with 是否空表 and 表格为空的理由
 * @param tables       the tables
 * @param sections     第三部分 情况说明, one entry per section, performance forms inside 十
 * @param glossary     第四部分 名词解释
 * @param toc          the table of contents
 * @param downloads    the machine-readable files of the whole disclosure
 */
public record DisclosureView(String title, int year, String departmentCode, String department, List<String> reviewLines,
                             OverviewView overview, List<TableListRow> tableList, List<TableView> tables,
                             List<SectionView> sections, List<TermView> glossary, List<TocEntry> toc, Downloads downloads) {

    public DisclosureView {
        reviewLines = List.copyOf(reviewLines);
        tableList = List.copyOf(tableList);
        tables = List.copyOf(tables);
        sections = List.copyOf(sections);
        glossary = List.copyOf(glossary);
        toc = List.copyOf(toc);
    }

    /** The disclosure's Fiscal Data Package: its descriptor and long-format data file, relative to the page. */
    public record Downloads(String dataPackage, String fiscalData) {
    }

    /** 第一部分 部门概况, with its sentences already composed. */
    public record OverviewView(List<String> duties, String internalBodies, String unitsIntro, List<String> units,
                               List<String> unitNotes, boolean unitNotesShown, String staff) {
        public OverviewView {
            duties = List.copyOf(duties);
            units = List.copyOf(units);
            unitNotes = List.copyOf(unitNotes);
        }
    }

    /** A line of the list of tables: "表 8", its name, 是否空表, and the reason. */
    public record TableListRow(String number, String anchor, String title, String empty, String reason) {
    }

    /**
     * A section of 情况说明: its anchor, heading, the generated sentences and the editor's text as
     * sanitised HTML, the charts that illustrate it, and for 十、预算绩效 the self-evaluation forms.
     */
    public record SectionView(String id, String heading, String html, List<ChartView> charts, PerformanceView performance) {
        public SectionView {
            charts = List.copyOf(charts);
        }
    }

    /** A 名词解释 entry. */
    public record TermView(String id, String term, String definition) {
    }

    /** An entry of the table of contents, with its sub-entries. */
    public record TocEntry(Link link, List<TocEntry> children) {
        public TocEntry {
            children = List.copyOf(children);
        }
    }
}
