package cn.gongkai.content;

import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.ReadContext;
import cn.gongkai.content.yaml.Interner;
import cn.gongkai.content.yaml.YNode;
import cn.gongkai.content.yaml.YamlReader;
import cn.gongkai.internal.FileStamps;
import cn.gongkai.internal.Parallel;
import cn.gongkai.model.Catalog;
import cn.gongkai.model.Department;
import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.GlossaryTerm;
import cn.gongkai.model.Jurisdiction;
import cn.gongkai.model.Location;
import cn.gongkai.model.Site;
import cn.gongkai.model.SiteConfig;
import cn.gongkai.model.Text;
import cn.gongkai.model.performance.Performance;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.FinalAccountsTables;
import cn.gongkai.site.SitePaths;
import com.vladsch.flexmark.parser.Parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a content folder into a {@link Site}. Every problem becomes a finding with file:line:column;
 * the site is returned only when no error was found.
 *
 * <pre>
 * content/site.yaml
 * content/glossary.yaml
 * content/departments/&lt;slug&gt;/department.yaml
 * content/departments/&lt;slug&gt;/&lt;year&gt;/final-accounts.yaml
 * content/departments/&lt;slug&gt;/&lt;year&gt;/explanations.md
 * content/departments/&lt;slug&gt;/&lt;year&gt;/performance.yaml
 * content/departments/&lt;slug&gt;/&lt;year&gt;/budget-review.yaml
 * </pre>
 *
 * A year folder holds at least one document: the final accounts (final-accounts.yaml with its
 * explanations.md and performance.yaml) or a budget review result (budget-review.yaml), or both.
 */
public final class ContentLoader {

    /** The outcome: the site (absent when any error was found) and every finding. */
    public record Result(Optional<Site> site, List<Finding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
    private static final String FINAL_ACCOUNTS = "final-accounts.yaml";
    private static final String BUDGET_REVIEW = "budget-review.yaml";
    /** The files of a final-accounts disclosure; the last two cannot stand without the first. */
    private static final List<String> FINAL_ACCOUNTS_FILES = List.of(FINAL_ACCOUNTS, "explanations.md", "performance.yaml");

    private final YamlReader yaml = new YamlReader();
    private final Map<Path, Cached> departmentCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final CatalogLoader catalogs;
    private final ExplanationsReader explanations;

    public ContentLoader(CatalogLoader catalogs, Parser markdownParser) {
        this.catalogs = catalogs;
        this.explanations = new ExplanationsReader(markdownParser);
    }

    /**
     * How a large build holds less than the whole site: each department's documents are handed to
     * {@link #checked} as soon as they are read (in parallel, before the rest of the site is), which
     * checks them, keeps what other pages need of them and returns the department's findings. The
     * loader then lets each disclosure's tables go; {@link FinalAccountsTables#reread()} reads them
     * again from the same file, and fails with {@link ChangedWhileBuilding} if its text is no longer
     * the text that was checked.
     */
    public interface Release {
        List<Finding> checked(SiteConfig config, List<FinalAccounts> accounts, List<BudgetReview> reviews);
    }

    /** A released disclosure's file no longer says what was checked: the build must stop (publishing nothing). */
    public static final class ChangedWhileBuilding extends RuntimeException {
        private final transient Finding finding;

        ChangedWhileBuilding(String file) {
            super(file + " changed while building");
            this.finding = Finding.error("FILE01", Location.ofFile(file), "文件在构建过程中被修改：生成页面时读到的内容与检查时不同。"
                    + "请保存完所有文件后重新构建", "检查时的内容", "已改变");
        }

        public Finding finding() {
            return finding;
        }
    }

    /**
     * Loads {@code root}. {@code displayRoot} is how messages name the folder (e.g. "content", as
     * the user typed it).
     */
    public Result load(Path root, String displayRoot) {
        return load(root, displayRoot, null, Integer.MAX_VALUE);
    }

    /**
     * Loads {@code root}, releasing each disclosure's tables as {@link Release} says when the content
     * has at least {@code releaseFrom} year folders (below that, holding them is cheaper than reading
     * them twice). Nothing read this way is kept for the next load.
     */
    public Result load(Path root, String displayRoot, Release release, int releaseFrom) {
        List<Finding> findings = new ArrayList<>();
        Consumer<Finding> report = findings::add;
        if (!Files.isDirectory(root)) {
            findings.add(Finding.error("FILE02", Location.ofFile(displayRoot), "内容目录不存在或不是文件夹：" + displayRoot,
                    "包含 site.yaml 的内容目录", "（不存在）"));
            return new Result(Optional.empty(), findings);
        }
        SourceFiles files;
        try {
            files = new SourceFiles(root, displayRoot);
        } catch (IOException e) {
            findings.add(Finding.error("FILE01", Location.ofFile(displayRoot), "无法读取内容目录：" + e.getMessage()));
            return new Result(Optional.empty(), findings);
        }
        Site site = new Run(files, report, Interner.create(), release, releaseFrom).site(root);
        findings.sort(Comparator.naturalOrder());
        boolean errors = findings.stream().anyMatch(Finding::isError);
        return new Result(errors ? Optional.empty() : Optional.ofNullable(site), List.copyOf(findings));
    }

    /** What one department folder yielded. */
    private record Loaded(List<Finding> findings, List<Department> departments, List<FinalAccounts> accounts,
                          List<BudgetReview> reviews) {
    }

    /** A department folder as read last time, with the signature of everything its reading depended on. */
    private record Cached(String signature, Loaded loaded) {
    }

    /**
     * The size, time and kind of some files, in order: a changed byte changes the time, except within
     * one tick of the file system's clock, so a signature in which some file changed that recently is
     * not {@link FileStamps#settled settled} and is not kept.
     */
    private static final class Signature {
        private final StringBuilder text = new StringBuilder();
        private boolean settled = true;

        /** Each file under {@code dir}: its path and stamp. */
        Signature tree(Path dir) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted().toList()) file(p.toString(), p);
            } catch (IOException | java.io.UncheckedIOException e) {
                text.append("unreadable:").append(System.nanoTime()); // never matches: read it again
                settled = false;
            }
            return this;
        }

        /** Text that is part of what was read, such as how messages name the content folder. */
        Signature text(String s) {
            text.append(s);
            return this;
        }

        Signature file(String name, Path p) {
            text.append(name);
            try {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                text.append('[').append(a.size()).append(',').append(a.lastModifiedTime().toMillis()).append(',')
                        .append(a.isSymbolicLink() ? "l" : a.isDirectory() ? "d" : "f").append(']');
                if (!FileStamps.settled(a.lastModifiedTime())) settled = false;
            } catch (IOException e) {
                text.append("[absent]");
            }
            return this;
        }
    }

    /** One load: the state shared while walking the folder. */
    private final class Run {
        private final SourceFiles files;
        private final Consumer<Finding> report;
        private final Interner interner;
        /** Where each disclosure read by this run is read again from, when its tables are to be released. */
        private Map<FinalAccounts, Reread> rereads;
        /** Null when this load holds every table. */
        private final Release release;
        private final int releaseFrom;

        Run(SourceFiles files, Consumer<Finding> report, Interner interner, Release release, int releaseFrom) {
            this.files = files;
            this.report = report;
            this.interner = interner;
            this.release = release;
            this.releaseFrom = releaseFrom;
        }

        Site site(Path root) {
            SiteFormat.Parsed config = readYaml(root.resolve("site.yaml"), true, SiteFormat.ROOT, null);
            if (config != null) jurisdictionSlugs(config.jurisdictions());
            Map<String, GlossaryFormat.TermDraft> glossary = glossary(root.resolve("glossary.yaml"));
            List<Department> departments = new ArrayList<>();
            List<FinalAccounts> accounts = new ArrayList<>();
            List<BudgetReview> reviews = new ArrayList<>();
            Path depts = root.resolve("departments");
            if (!Files.isDirectory(depts)) {
                report.accept(Finding.error("FILE02", Location.ofFile(files.display(depts)), "缺少 departments 文件夹（各部门的公开内容放在这里）"));
            } else {
                // Departments are independent: read them in parallel, each with its own findings, then
                // merge in folder order so the result never depends on thread timing.
                // A department whose files, site.yaml and glossary.yaml are as last time is not read again (serve).
                Signature shared = new Signature().file("site.yaml", root.resolve("site.yaml"))
                        .file("glossary.yaml", root.resolve("glossary.yaml")).text(files.display(root));
                List<Path> dirs = children(depts);
                Release releasing = release != null && yearFolders(dirs) >= releaseFrom ? release : null;
                List<Loaded> loaded = Parallel.map(dirs, Parallel.cores(), dir -> {
                    if (releasing != null) return released(dir, config, glossary, releasing);
                    Signature tree = new Signature().tree(dir);
                    String signature = shared.text + "|" + tree.text;
                    Cached hit = departmentCache.get(dir);
                    if (hit != null && hit.signature().equals(signature)) return hit.loaded();
                    Loaded l = new Loaded(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    new Run(files, l.findings()::add, interner, null, releaseFrom).department(dir, config, glossary, l.departments(),
                            l.accounts(), l.reviews());
                    if (config != null && glossary != null && shared.settled && tree.settled) {
                        departmentCache.put(dir, new Cached(signature, l));
                    } else {
                        departmentCache.remove(dir);
                    }
                    return l;
                });
                departmentCache.keySet().retainAll(new java.util.HashSet<>(dirs));
                for (Loaded l : loaded) {
                    l.findings().forEach(report);
                    departments.addAll(l.departments());
                    accounts.addAll(l.accounts());
                    reviews.addAll(l.reviews());
                }
            }
            if (config == null) return null;
            List<GlossaryTerm> terms = glossary.values().stream().map(GlossaryFormat.TermDraft::term).toList();
            return new Site(config.config(), config.jurisdictions(), departments, accounts, reviews, terms);
        }

        /** How many year folders (or other entries beside department.yaml) the department folders hold. */
        private int yearFolders(List<Path> dirs) {
            return dirs.parallelStream().mapToInt(dir -> {
                try (Stream<Path> s = Files.list(dir)) {
                    return (int) s.filter(p -> !p.getFileName().toString().equals("department.yaml")).count();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }

        /**
         * Reads one department and hands it to {@code release}; its disclosures come back with their
         * tables released (when it and the site's files read without error: a failing load publishes
         * nothing, and its findings are what matters). Not kept for the next load.
         */
        private Loaded released(Path dir, SiteFormat.Parsed config, Map<String, GlossaryFormat.TermDraft> glossary, Release release) {
            Loaded l = new Loaded(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            Map<FinalAccounts, Reread> reread = new java.util.IdentityHashMap<>();
            Run run = new Run(files, l.findings()::add, interner, null, releaseFrom);
            run.rereads = reread;
            run.department(dir, config, glossary, l.departments(), l.accounts(), l.reviews());
            if (config == null || glossary == null || l.findings().stream().anyMatch(Finding::isError)) return l;
            l.findings().addAll(release.checked(config.config(), List.copyOf(l.accounts()), List.copyOf(l.reviews())));
            l.accounts().replaceAll(fa -> fa.withTables(FinalAccountsTables.released(reread.get(fa))));
            return l;
        }

        /** Each jurisdiction is a top-level folder of the site: its slug must be unique and not one the site uses itself. */
        private void jurisdictionSlugs(List<Jurisdiction> jurisdictions) {
            Set<String> seen = new HashSet<>();
            for (Jurisdiction j : jurisdictions) {
                if (SitePaths.RESERVED_FOLDERS.contains(j.slug())) {
                    report.accept(Finding.error("SITE02", j.at(), "行政区划标识「" + j.slug() + "」与网站自身的文件夹重名（"
                            + String.join("、", SitePaths.RESERVED_FOLDERS) + " 不能使用），请换一个标识",
                            "不与网站文件夹重名的标识", j.slug()));
                } else if (!seen.add(j.slug())) {
                    report.accept(Finding.error("SITE02", j.at(), "行政区划标识「" + j.slug() + "」重复：每个行政区划的标识必须不同",
                            "不重复的标识", j.slug()));
                }
            }
        }

        private void department(Path dir, SiteFormat.Parsed config, Map<String, GlossaryFormat.TermDraft> glossary,
                                List<Department> departments, List<FinalAccounts> accounts, List<BudgetReview> reviews) {
            String slug = dir.getFileName().toString();
            if (!Files.isDirectory(dir)) {
                report.accept(Finding.error("FILE03", Location.ofFile(files.display(dir)),
                        "departments 下只能放部门文件夹，不能放文件：" + slug));
                return;
            }
            if (!SLUG.matcher(slug).matches()) {
                report.accept(Finding.error("SLUG01", Location.ofFile(files.display(dir)), "部门文件夹名「" + slug
                        + "」不能用作网址：只能用小写英文字母、数字和连字符（如 zhenan-shenpi）", "[a-z0-9-]+", slug));
                return;
            }
            if (files.refuseEscape(dir, report)) return;
            Path file = dir.resolve("department.yaml");
            SiteFormat.DepartmentParsed parsed = readYaml(file, true, SiteFormat.DEPARTMENT, null);
            Location at = Location.ofFile(files.display(file));
            if (parsed != null && config != null
                    && config.jurisdictions().stream().map(Jurisdiction::slug).noneMatch(parsed.jurisdiction()::equals)) {
                report.accept(Finding.error("SITE01", at, "部门所属行政区划「" + parsed.jurisdiction() + "」未在 site.yaml 的 jurisdictions 中定义",
                        "site.yaml 中的行政区划标识", parsed.jurisdiction()));
            }
            // With a broken department.yaml the years are still read, so every problem is reported in one run.
            Department department = parsed != null ? new Department(slug, parsed.name(), parsed.jurisdiction(), at)
                    : new Department(slug, new Text(slug, at), "", at);
            if (parsed != null) departments.add(department);
            for (Path year : children(dir)) {
                String name = year.getFileName().toString();
                if (name.equals("department.yaml")) continue;
                if (!Files.isDirectory(year) || !YEAR.matcher(name).matches()) {
                    report.accept(Finding.error("FILE03", Location.ofFile(files.display(year)), "无法识别「" + name
                            + "」：部门文件夹里只能有 department.yaml 和以年度命名的文件夹（如 2019）"));
                    continue;
                }
                if (files.refuseEscape(year, report)) continue;
                yearFolder(department, Integer.parseInt(name), year, glossary, accounts, reviews);
            }
        }

        /** Reads the documents of one year folder: final accounts, a budget review, or both. */
        private void yearFolder(Department department, int year, Path dir, Map<String, GlossaryFormat.TermDraft> glossary,
                                List<FinalAccounts> accounts, List<BudgetReview> reviews) {
            List<String> names = children(dir).stream().map(f -> f.getFileName().toString()).toList();
            for (String name : names) {
                if (!FINAL_ACCOUNTS_FILES.contains(name) && !name.equals(BUDGET_REVIEW)) {
                    report.accept(Finding.error("FILE03", Location.ofFile(files.display(dir.resolve(name))), "无法识别的文件「" + name
                            + "」：年度文件夹里可以有 final-accounts.yaml、explanations.md、performance.yaml、budget-review.yaml"));
                }
            }
            boolean hasAccounts = names.stream().anyMatch(FINAL_ACCOUNTS_FILES::contains);
            if (!hasAccounts && !names.contains(BUDGET_REVIEW)) {
                report.accept(Finding.error("FILE01", Location.ofFile(files.display(dir)), "年度文件夹里没有公开文件：至少要有 "
                        + "final-accounts.yaml（部门决算）或 budget-review.yaml（预算评审结果）"));
                return;
            }
            if (hasAccounts) finalAccounts(department, year, dir, glossary).ifPresent(accounts::add);
            if (names.contains(BUDGET_REVIEW)) budgetReview(department, year, dir.resolve(BUDGET_REVIEW)).ifPresent(reviews::add);
        }

        private Optional<FinalAccounts> finalAccounts(Department department, int year, Path dir,
                                                      Map<String, GlossaryFormat.TermDraft> glossary) {
            Path file = dir.resolve(FINAL_ACCOUNTS);
            if (!Files.exists(file)) {
                report.accept(Finding.error("FILE01", Location.ofFile(files.display(file)), "缺少文件 final-accounts.yaml（部门决算的概况和各表；"
                        + "explanations.md 和 performance.yaml 是它的一部分）"));
                return Optional.empty();
            }
            Catalog catalog = catalogs.forYear(year);
            ReadContext ctx = new ReadContext(report, interner);
            String[] text = new String[1];
            FinalAccountsFormat.Parsed parsed = readYaml(file, true, FinalAccountsFormat.ROOT, ctx, t -> text[0] = t);
            List<ExplanationSection> sections = readExplanations(dir.resolve("explanations.md"));
            Performance performance = readPerformance(dir.resolve("performance.yaml"));
            if (parsed == null) return Optional.empty();
            int before = ctx.errorCount();
            FinalAccountsTables tables = tables(parsed, catalog, ctx);
            Location at = Location.ofFile(files.display(file));
            List<GlossaryTerm> terms = glossaryOf(parsed, glossary, at);
            if (ctx.errorCount() > before) return Optional.empty();
            FinalAccounts fa = new FinalAccounts(department, year, parsed.unit(), at, parsed.title(), parsed.published(), parsed.preparedBy(),
                    parsed.review(), parsed.overview(), tables, parsed.facts(), sections, performance, terms);
            if (rereads != null) rereads.put(fa, new Reread(files, file, catalog, text[0].hashCode(), text[0].length()));
            return Optional.of(fa);
        }

        private Optional<BudgetReview> budgetReview(Department department, int year, Path file) {
            BudgetReviewFormat.Parsed p = readYaml(file, true, BudgetReviewFormat.ROOT, null);
            if (p == null) return Optional.empty();
            if (p.year() != year) {
                report.accept(Finding.error("BR01", p.yearAt(), "year（评审的预算年度）为 " + p.year() + "，而文件在 " + year
                        + " 年度文件夹中；请核对（从上一年复制来的文件要同时改 year、prior_year 和 progress_date）", String.valueOf(year),
                        String.valueOf(p.year())));
            }
            return Optional.of(new BudgetReview(department, year, p.priorYear(), p.progressDate(), p.unit(), p.lines(), p.total(), p.published(),
                    Location.ofFile(files.display(file))));
        }

        private List<GlossaryTerm> glossaryOf(FinalAccountsFormat.Parsed parsed, Map<String, GlossaryFormat.TermDraft> site,
                                              Location at) {
            List<GlossaryTerm> terms = new ArrayList<>();
            for (String id : parsed.glossary()) {
                GlossaryFormat.TermDraft t = site.get(id);
                if (t == null) {
                    report.accept(Finding.error("GLOS01", at, "名词解释引用了 glossary.yaml 中没有的词条「" + id + "」",
                            "glossary.yaml 中的词条 id", id));
                } else {
                    terms.add(t.term());
                }
            }
            for (GlossaryFormat.TermDraft t : parsed.glossaryAdditions()) {
                if (site.containsKey(t.term().id())) {
                    report.accept(Finding.error("GLOS02", t.at(), "新增词条的 id「" + t.term().id() + "」与 glossary.yaml 中的词条重复；请换一个 id，或直接在 glossary 中引用它"));
                } else {
                    terms.add(t.term());
                }
            }
            return terms;
        }

        private Map<String, GlossaryFormat.TermDraft> glossary(Path file) {
            Map<String, GlossaryFormat.TermDraft> out = new LinkedHashMap<>();
            if (!Files.exists(file)) return out;
            List<GlossaryFormat.TermDraft> terms = readYaml(file, false, GlossaryFormat.ROOT, null);
            if (terms == null) return out;
            for (GlossaryFormat.TermDraft t : terms) {
                GlossaryFormat.TermDraft first = out.putIfAbsent(t.term().id(), t);
                if (first != null) {
                    report.accept(Finding.error("GLOS02", t.at(), "词条 id「" + t.term().id() + "」重复（第一次在第 " + first.at().line() + " 行）"));
                }
            }
            return out;
        }

        private List<ExplanationSection> readExplanations(Path file) {
            if (!Files.exists(file)) return List.of();
            return files.read(file, report).map(text -> explanations.read(files.display(file), text, report)).orElse(List.of());
        }

        private Performance readPerformance(Path file) {
            if (!Files.exists(file)) return null;
            ReadContext ctx = new ReadContext(report, interner);
            PerformanceFormat.Parsed p = readYaml(file, false, PerformanceFormat.ROOT, ctx);
            if (p == null) return null;
            return new Performance(p.unit(), p.projects(), p.formNotes(), p.department(), Location.ofFile(files.display(file)));
        }

        /** Reads one YAML file with {@code shape}; {@code ctx} is given when the caller needs its error count. */
        private <T> T readYaml(Path file, boolean required, ObjectShape<T> shape, ReadContext ctx) {
            return readYaml(file, required, shape, ctx, t -> { });
        }

        /** As above, telling {@code text} what the file said. */
        private <T> T readYaml(Path file, boolean required, ObjectShape<T> shape, ReadContext ctx, Consumer<String> text) {
            String name = files.display(file);
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (required) report.accept(Finding.error("FILE01", Location.ofFile(name), "缺少文件 " + file.getFileName()));
                return null;
            }
            ReadContext context = ctx != null ? ctx : new ReadContext(report, interner);
            Optional<YNode> root = files.read(file, report).flatMap(t -> {
                text.accept(t);
                return yaml.read(name, t, report, interner);
            });
            if (root.isEmpty()) return null;
            return shape.read(root.get(), context);
        }

        private List<Path> children(Path dir) {
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            } catch (IOException e) {
                report.accept(Finding.error("FILE01", Location.ofFile(files.display(dir)), "无法读取文件夹：" + e.getMessage()));
                return List.of();
            }
        }
    }

    /** The tables of a parsed final-accounts.yaml, resolved against the year's catalog (problems go to {@code ctx}). */
    private static FinalAccountsTables tables(FinalAccountsFormat.Parsed parsed, Catalog catalog, ReadContext ctx) {
        Resolver resolver = new Resolver(catalog, ctx);
        List<DisclosureTable> tables = new ArrayList<>();
        for (Draft<? extends DisclosureTable> d : parsed.tables()) tables.add(d.resolve(resolver));
        return new FinalAccountsTables(tables);
    }

    /**
     * How a released disclosure's tables are read again: the same file, which must still have the
     * text that was checked (its hash and length), parsed and resolved as the first time.
     */
    private final class Reread implements java.util.function.Supplier<FinalAccountsTables> {
        private final SourceFiles files;
        private final Path file;
        private final Catalog catalog;
        private final int hash;
        private final int length;

        Reread(SourceFiles files, Path file, Catalog catalog, int hash, int length) {
            this.files = files;
            this.file = file;
            this.catalog = catalog;
            this.hash = hash;
            this.length = length;
        }

        @Override
        public FinalAccountsTables get() {
            String name = files.display(file);
            List<Finding> problems = new ArrayList<>();
            Optional<String> text = files.read(file, problems::add).filter(t -> t.length() == length && t.hashCode() == hash);
            if (text.isEmpty()) throw new ChangedWhileBuilding(name);
            ReadContext ctx = new ReadContext(problems::add, Interner.NONE);
            FinalAccountsFormat.Parsed parsed = yaml.read(name, text.get(), problems::add, Interner.NONE)
                    .map(root -> FinalAccountsFormat.ROOT.read(root, ctx)).orElse(null);
            if (parsed == null) throw new ChangedWhileBuilding(name);
            FinalAccountsTables tables = tables(parsed, catalog, ctx);
            if (problems.stream().anyMatch(Finding::isError)) throw new ChangedWhileBuilding(name);
            return tables;
        }
    }
}
