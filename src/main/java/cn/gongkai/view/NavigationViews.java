package cn.gongkai.view;

import cn.gongkai.model.DocumentType;
import cn.gongkai.model.Jurisdiction;
import cn.gongkai.model.Site;
import cn.gongkai.site.SitePaths;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The way down to a document: home (latest documents, jurisdictions) → jurisdiction (years) → year
 * (document types) → type (departments) → the document. Only lists with something in them get a
 * page; where a list is empty, the page above says so and why.
 */
final class NavigationViews {

    /** How many documents the home page lists as latest. */
    static final int LATEST = 10;

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Site site;
    private final List<Published> published;
    private final Pages pages;
    /** The documents of each jurisdiction, year and type, in {@link #published} order: every list page asks. */
    private final Map<String, List<Published>> byList = new HashMap<>();

    NavigationViews(Site site, List<Published> published, Pages pages) {
        this.site = site;
        this.published = published;
        this.pages = pages;
        for (Published p : published) {
            byList.computeIfAbsent(listKey(p.department().jurisdiction(), p.year(), p.type()), k -> new ArrayList<>()).add(p);
        }
    }

    private static String listKey(String jurisdiction, int year, DocumentType t) {
        return jurisdiction + "/" + year + "/" + t.name();
    }

    List<PageSpec> pages() {
        List<PageSpec> out = new ArrayList<>();
        out.add(home());
        for (Jurisdiction j : site.jurisdictions()) {
            out.add(jurisdiction(j));
            for (int year : years(j.slug())) {
                out.add(year(j, year));
                for (DocumentType t : DocumentType.values()) {
                    List<Published> docs = of(j.slug(), year, t);
                    if (!docs.isEmpty()) out.add(list(j, year, t, docs));
                }
            }
        }
        return out;
    }

    private PageSpec home() {
        String path = SitePaths.HOME;
        List<DocumentEntry> latest = published.stream().sorted(Published.LATEST).limit(LATEST).map(p -> entry(path, p)).toList();
        List<HomeView.Area> areas = new ArrayList<>();
        for (Jurisdiction j : site.jurisdictions()) {
            List<Link> years = years(j.slug()).stream()
                    .map(y -> new Link(SitePaths.relative(path, SitePaths.year(j.slug(), y)), y + " 年")).toList();
            areas.add(new HomeView.Area(new Link(SitePaths.relative(path, SitePaths.jurisdiction(j.slug())), j.name().value()), years,
                    years.isEmpty() ? j.name().value() + "尚未发布预决算公开文件。" : null));
        }
        String latestEmpty = published.isEmpty() ? "本站尚未发布预决算公开文件。各部门的文件发布后，将在此按发布时间列出。" : null;
        String areasEmpty = areas.isEmpty() ? "网站设置（site.yaml）中尚未列出行政区划。" : null;
        return PageSpec.of(path, "home.ftlh", pages.info(path, site.config().title().value(), List.of()),
                new HomeView(latest, latestEmpty, published.size(), areas, areasEmpty), PageSpec.NAVIGATION);
    }

    private PageSpec jurisdiction(Jurisdiction j) {
        String path = SitePaths.jurisdiction(j.slug());
        List<JurisdictionView.YearEntry> years = new ArrayList<>();
        for (int year : years(j.slug())) {
            List<String> contents = new ArrayList<>();
            for (DocumentType t : DocumentType.values()) {
                int n = of(j.slug(), year, t).size();
                if (n > 0) contents.add(t.label() + " " + n + " 个部门");
            }
            years.add(new JurisdictionView.YearEntry(new Link(SitePaths.relative(path, SitePaths.year(j.slug(), year)), year + " 年"),
                    contents));
        }
        String empty = years.isEmpty() ? j.name().value() + "尚未发布预决算公开文件。各部门的文件发布后，将在此按年度列出。" : null;
        return PageSpec.of(path, "jurisdiction.ftlh", pages.info(path, j.name().value() + "预决算公开",
                List.of(new Crumb(j.name().value(), null))), new JurisdictionView(j.name().value() + "预决算公开", years, empty),
                PageSpec.NAVIGATION);
    }

    private PageSpec year(Jurisdiction j, int year) {
        String path = SitePaths.year(j.slug(), year);
        String name = j.name().value();
        List<YearView.TypeEntry> types = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            List<Published> docs = of(j.slug(), year, t);
            Link link = docs.isEmpty() ? null
                    : new Link(SitePaths.relative(path, SitePaths.documentList(j.slug(), year, t)), name + " " + year + " 年" + t.label());
            types.add(new YearView.TypeEntry(t.label(), link, docs.size(), docs.isEmpty() ? emptyReason(name, year, t) : null));
        }
        String heading = name + " " + year + " 年预决算公开";
        return PageSpec.of(path, "year.ftlh", pages.info(path, heading, List.of(
                new Crumb(name, SitePaths.jurisdiction(j.slug())), new Crumb(year + " 年", null))),
                new YearView(heading, types, comparison(path, j.slug(), year)), PageSpec.NAVIGATION);
    }

    /** Why a year has no document of a type: 部门预算 is not yet published through this site at all. */
    private static String emptyReason(String jurisdiction, int year, DocumentType t) {
        return switch (t) {
            case BUDGET -> "本站尚未发布" + jurisdiction + " " + year + " 年的部门预算；部门预算由各部门在本级人民代表大会批准预算后公开。";
            case FINAL_ACCOUNTS -> "本站尚未发布" + jurisdiction + " " + year + " 年的部门决算。";
            case BUDGET_REVIEW -> "本站尚未发布" + jurisdiction + " " + year + " 年度的预算评审结果。";
        };
    }

    private PageSpec list(Jurisdiction j, int year, DocumentType t, List<Published> docs) {
        String path = SitePaths.documentList(j.slug(), year, t);
        String heading = j.name().value() + " " + year + " 年" + t.label();
        List<DocumentEntry> entries = docs.stream().map(p -> entry(path, p)).toList();
        return PageSpec.of(path, "document-list.ftlh", pages.info(path, heading, List.of(
                new Crumb(j.name().value(), SitePaths.jurisdiction(j.slug())),
                new Crumb(year + " 年", SitePaths.year(j.slug(), year)),
                new Crumb(t.label(), null))),
                new DocumentListView(heading, entries, t == DocumentType.FINAL_ACCOUNTS ? comparison(path, j.slug(), year) : null),
                PageSpec.NAVIGATION);
    }

    private Link comparison(String from, String jurisdiction, int year) {
        if (of(jurisdiction, year, DocumentType.FINAL_ACCOUNTS).isEmpty()) return null;
        return new Link(SitePaths.relative(from, SitePaths.comparison(jurisdiction, year)), "各部门决算对比（收支、“三公”经费、机关运行经费等）");
    }

    private DocumentEntry entry(String from, Published p) {
        return new DocumentEntry(new Link(SitePaths.relative(from, p.path()), p.title()), p.type().label(),
                pages.jurisdictionName(p.department().jurisdiction()), p.year(), p.department().name().value(),
                SiteViews.printed(p.published()), p.published() == null ? null : DATETIME.format(p.published().value()));
    }

    /** The years a jurisdiction has documents for, newest first. */
    private List<Integer> years(String jurisdiction) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Published p : published) if (p.department().jurisdiction().equals(jurisdiction)) years.add(p.year());
        return List.copyOf(years.descendingSet());
    }

    private List<Published> of(String jurisdiction, int year, DocumentType t) {
        return List.copyOf(byList.getOrDefault(listKey(jurisdiction, year, t), List.of()));
    }
}
