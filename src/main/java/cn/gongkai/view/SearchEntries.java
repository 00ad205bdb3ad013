package cn.gongkai.view;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.GlossaryTerm;
import cn.gongkai.model.Site;
import cn.gongkai.model.performance.ProjectEvaluation;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.site.SitePaths;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The site search index: departments, documents, classification rows (科目) by code and name,
 * self-evaluated and reviewed projects, and glossary terms, each pointing at the place it is published.
 */
public final class SearchEntries {

    private SearchEntries() {
    }

    /**
     * The entries of one part of the index, as {@link SearchEntries#json} writes them. {@code source} is the final
     * accounts or budget review the entries are made from alone (the same object gives the same
     * entries, so a build may reuse what it made of it last time), or null for the parts made from the
     * whole site.
     */
    public record Part(Object source, Supplier<byte[]> json) {
        static Part of(Object source, Supplier<List<SearchEntry>> entries) {
            return new Part(source, () -> SearchEntries.json(entries.get()));
        }
    }

    /**
     * The index in parts, in index order: departments and documents, each disclosure, each review, the
     * glossary. {@code published}: every document of the site, newest year first; {@code released}:
     * what was kept of a disclosure whose tables were let go.
     */
    public static List<Part> parts(Site site, List<Published> published, Function<FinalAccounts, DisclosureDigest> released) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.of(null, () -> documents(site, published)));
        List<FinalAccounts> all = new ArrayList<>(site.finalAccounts());
        all.sort(Comparator.comparing((FinalAccounts f) -> f.department().slug()).thenComparing(FinalAccounts::year));
        for (FinalAccounts fa : all) {
            parts.add(fa.tables().isReleased() ? new Part(fa, () -> released.apply(fa).searchJson()) : Part.of(fa, () -> of(fa)));
        }
        for (BudgetReview r : site.budgetReviews()) parts.add(Part.of(r, () -> of(r)));
        parts.add(Part.of(null, () -> glossary(site)));
        return parts;
    }

    private static List<SearchEntry> documents(Site site, List<Published> published) {
        List<SearchEntry> out = new ArrayList<>();
        Map<String, Published> latest = new LinkedHashMap<>();
        List<Published> byDepartment = new ArrayList<>(published);
        byDepartment.sort(Comparator.comparing((Published p) -> p.department().slug()));
        for (Published p : byDepartment) latest.putIfAbsent(p.department().slug(), p); // newest year, as published is sorted
        for (Published p : latest.values()) {
            String where = site.jurisdiction(p.department().jurisdiction()).map(j -> j.name().value()).orElse("");
            out.add(new SearchEntry("部门", p.department().name().value(), "", p.path(), where));
        }
        for (Published p : published) {
            out.add(new SearchEntry("公开文件", p.title(), "", p.path(), p.year() + " 年 · " + p.type().label()));
        }
        return out;
    }

    /** A disclosure's classification rows and self-evaluated projects. */
    static List<SearchEntry> of(FinalAccounts fa) {
        List<SearchEntry> out = new ArrayList<>();
        String page = SitePaths.finalAccounts(fa);
        rows(fa, page, out);
        int n = 1;
        for (ProjectEvaluation e : fa.performanceOpt().map(p -> p.projects()).orElse(List.of())) {
            String name = e.name() == null ? e.form().value() : e.name().value();
            out.add(new SearchEntry("项目", name, "", page + "#project-" + n++, fa.displayTitle() + " · 项目绩效自评"));
        }
        return out;
    }

    /** A budget review's projects. */
    static List<SearchEntry> of(BudgetReview r) {
        List<SearchEntry> out = new ArrayList<>();
        String page = SitePaths.budgetReview(r);
        for (ReviewLine l : r.lines()) {
            out.add(new SearchEntry("项目", l.name().value(), "", page + "#line-" + l.no(),
                    r.displayTitle() + " · " + l.recommendation().label()));
        }
        return out;
    }

    private static List<SearchEntry> glossary(Site site) {
        List<SearchEntry> out = new ArrayList<>();
        for (GlossaryTerm t : site.glossary()) {
            String def = t.definition().value();
            out.add(new SearchEntry("名词", t.term().value(), "", SitePaths.GLOSSARY + "#term-" + t.id(),
                    def.length() > 40 ? def.substring(0, 40) + "…" : def));
        }
        return out;
    }

    /** One entry per classification code of a disclosure, linked to the first table it appears in. */
    private static void rows(FinalAccounts fa, String page, List<SearchEntry> out) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> first = new LinkedHashMap<>();
        for (DisclosureTable t : fa.tables().all()) {
            for (CodedRow<?, ?> r : t.rows()) {
                String key = r.code().digits();
                names.putIfAbsent(key, r.name());
                first.putIfAbsent(key, t.kind().slug());
                tables.computeIfAbsent(key, k -> new ArrayList<>()).add(t.kind().number().replace("表", ""));
            }
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            out.add(new SearchEntry("科目", e.getValue(), e.getKey(), page + "#" + first.get(e.getKey()),
                    fa.displayTitle() + " · " + String.join("、", tables.get(e.getKey()))));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Entries as JSON objects separated by commas, without the brackets, in UTF-8. "</" cannot end
     * the script early: a name like "</script>" is written as "<\/script>" (an object starts with "{"
     * and ends with "}", so no "</" spans two pieces).
     */
    static byte[] json(List<SearchEntry> entries) {
        StringBuilder b = new StringBuilder();
        for (SearchEntry e : entries) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("k", e.kind());
            m.put("n", e.name());
            m.put("c", e.code());
            m.put("u", e.url());
            m.put("d", e.context());
            try {
                if (!b.isEmpty()) b.append(',');
                b.append(JSON.writeValueAsString(m));
            } catch (JsonProcessingException x) {
                throw new UncheckedIOException(x);
            }
        }
        return b.toString().replace("</", "<\\/").getBytes(StandardCharsets.UTF_8);
    }
}
