package cn.gongkai.view;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Catalog;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.GlossaryTerm;
import cn.gongkai.model.Overview;
import cn.gongkai.model.Headlines;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.Text;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.view.DisclosureView.OverviewView;
import cn.gongkai.view.DisclosureView.SectionView;
import cn.gongkai.view.DisclosureView.TableListRow;
import cn.gongkai.view.DisclosureView.TermView;
import cn.gongkai.view.DisclosureView.TocEntry;

import cn.gongkai.site.SitePaths;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the view of one final-accounts disclosure page. */
public final class DisclosureViews {

    static final String PART_OVERVIEW = "part-overview";
    static final String PART_TABLES = "part-tables";
    static final String PART_EXPLANATIONS = "part-explanations";
    static final String PART_GLOSSARY = "part-glossary";

    private final AmountFormat format;
    private final ExplanationViews explanations;

    public DisclosureViews(AmountFormat format, MarkdownHtml markdown) {
        this.format = format;
        this.explanations = new ExplanationViews(format, markdown);
    }

    /**
     * The view of {@code fa}, published at {@code path}; {@code lastYear} are the headline figures of
     * last year's disclosure of the same department (null when there is none) and {@code siteGlossary}
     * the site's terms.
     */
    public DisclosureView view(FinalAccounts fa, Map<StandardSection, Headlines.Figure> lastYear, Catalog catalog,
                               List<GlossaryTerm> siteGlossary, String path) {
        TableViews tableViews = new TableViews(catalog, format, fa.unit(), fa.preparer());
        List<TableView> tables = fa.tables().all().stream().map(tableViews::view).toList();
        List<TableListRow> list = new ArrayList<>();
        for (DisclosureTable t : fa.tables().all()) {
            list.add(new TableListRow("表 " + t.kind().ordinal1(), t.kind().slug(), t.meta().title(),
                    t.isEmpty() ? "是" : "否", t.meta().emptyReasonOpt().map(Text::value).orElse("")));
        }
        Amount projectSpending = fa.tables().expenditure()
                .flatMap(t -> t.body().total().cells().get(cn.gongkai.model.table.ExpenditureColumn.PROJECT)).orElse(null);
        PerformanceView performance = fa.performanceOpt().map(p -> new PerformanceViews(format, fa.year()).view(p, projectSpending)).orElse(null);
        GlossaryLinks links = new GlossaryLinks(spellings(fa, siteGlossary, path));
        List<SectionView> sections = explanations.sections(fa, lastYear, catalog, performance).stream()
                .map(s -> new SectionView(s.id(), s.heading(), links.link(s.html()), s.charts(), s.performance())).toList();
        List<String> review = new ArrayList<>();
        fa.reviewOpt().ifPresent(r -> {
            if (r.confidentiality() != null) review.add("保密审查情况：" + r.confidentiality().value());
            if (r.signOff() != null) review.add("部门负责人审签情况：" + r.signOff().value());
        });
        List<TermView> glossary = fa.glossary().stream()
                .map(g -> new TermView("term-" + g.id(), g.term().value(), g.definition().value())).toList();
        return new DisclosureView(fa.displayTitle(), fa.year(), fa.department().slug(), fa.department().name().value(), review,
                overview(fa), list, tables, sections, glossary, toc(fa, tables, sections, glossary),
                new DisclosureView.Downloads(TableViews.DOWNLOADS + "datapackage.json", TableViews.DOWNLOADS + "fiscal-data.csv"));
    }

    /** The disclosure's own terms link within the page; the site's other terms to the glossary page. */
    private static List<GlossaryLinks.Spelling> spellings(FinalAccounts fa, List<GlossaryTerm> site, String path) {
        List<GlossaryLinks.Spelling> out = new ArrayList<>();
        Set<String> own = new HashSet<>();
        for (GlossaryTerm t : fa.glossary()) {
            own.add(t.id());
            addSpellings(out, t, "#term-" + t.id());
        }
        for (GlossaryTerm t : site) {
            if (!own.contains(t.id())) addSpellings(out, t, SitePaths.relative(path, SitePaths.GLOSSARY) + "#term-" + t.id());
        }
        return out;
    }

    private static void addSpellings(List<GlossaryLinks.Spelling> out, GlossaryTerm t, String href) {
        out.add(new GlossaryLinks.Spelling(t.term().value(), href));
        for (Text alias : t.aliases()) out.add(new GlossaryLinks.Spelling(alias.value(), href));
    }

    private static OverviewView overview(FinalAccounts fa) {
        Overview o = fa.overview();
        String bodies = null;
        if (o.internalBodies() != null) {
            Overview.InternalBodies b = o.internalBodies();
            bodies = "根据上述职责，本部门 " + fa.year() + " 年内设 " + b.names().size() + " 个" + b.kind().value() + "（包括"
                    + b.names().stream().map(Text::value).collect(Collectors.joining("、")) + "）。"
                    + b.noteOpt().map(Text::value).orElse("");
        }
        String unitsIntro = o.units().isEmpty() ? null
                : "纳入 " + fa.year() + " 年本部门决算编制范围的单位共 " + o.units().size() + " 个：";
        List<String> units = o.units().stream().map(u -> u.name().value()).toList();
        List<String> notes = o.units().stream().map(u -> u.noteOpt().map(Text::value).orElse("")).toList();
        boolean notesShown = notes.stream().anyMatch(n -> !n.isEmpty());
        return new OverviewView(o.duties().stream().map(Text::value).toList(), bodies, unitsIntro, units, notes, notesShown,
                staff(fa));
    }

    /** "截止 2019 年底，本部门人员行政编制 8 人，实有人员 5 人。" from the counts given. */
    private static String staff(FinalAccounts fa) {
        Overview.Staff s = fa.overview().staff();
        if (s == null) return null;
        List<String> parts = new ArrayList<>();
        if (s.administrativeQuota() != null) parts.add("行政编制 " + s.administrativeQuota() + " 人");
        if (s.institutionQuota() != null) parts.add("事业编制 " + s.institutionQuota() + " 人");
        if (s.actual() != null) parts.add("实有人员 " + s.actual() + " 人");
        if (s.retired() != null) parts.add("离退休人员 " + s.retired() + " 人");
        String counts = parts.isEmpty() ? "" : "截止 " + fa.year() + " 年底，本部门人员" + String.join("，", parts) + "。";
        return counts + s.noteOpt().map(Text::value).orElse("");
    }

    private static List<TocEntry> toc(FinalAccounts fa, List<TableView> tables, List<SectionView> sections, List<TermView> glossary) {
        List<TocEntry> toc = new ArrayList<>();
        toc.add(new TocEntry(new Link("#" + PART_OVERVIEW, "第一部分 部门概况"), List.of()));
        toc.add(new TocEntry(new Link("#" + PART_TABLES, "第二部分 " + fa.year() + " 年部门决算表"),
                tables.stream().map(t -> new TocEntry(new Link("#" + t.id(), t.title()), List.of())).toList()));
        if (!sections.isEmpty()) {
            toc.add(new TocEntry(new Link("#" + PART_EXPLANATIONS, "第三部分 " + fa.year() + " 年部门决算情况说明"),
                    sections.stream().map(s -> new TocEntry(new Link("#" + s.id(), s.heading()), List.of())).toList()));
        }
        if (!glossary.isEmpty()) toc.add(new TocEntry(new Link("#" + PART_GLOSSARY, "第四部分 专业名词解释"), List.of()));
        return toc.stream().filter(Objects::nonNull).toList();
    }
}
