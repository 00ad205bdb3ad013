package cn.gongkai.sample;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.sample.YearFigures.CapitalLine;
import cn.gongkai.sample.YearFigures.FundLine;
import cn.gongkai.sample.YearFigures.GeneralLine;
import cn.gongkai.sample.YearFigures.Item;
import cn.gongkai.sample.YearFigures.OwnLine;
import cn.gongkai.sample.YearFigures.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Draws one department-year's figures: basic spending from its staff (人员经费 by 经济分类, mapped
 * to the 项 a finance office books them under), “三公”经费, projects with their budgets, balances
 * carried in and out, and the money that is not a fiscal appropriation. Leaves only; see
 * {@link YearFigures}.
 */
final class FiguresBuilder {

    /** The 项 人员经费 other than pay is booked under, whatever the department. */
    private static final String PENSION = "2080505";
    private static final String ANNUITY = "2080506";
    private static final String ADMIN_MEDICAL = "2101101";
    private static final String INSTITUTION_MEDICAL = "2101102";
    private static final String CIVIL_SERVANT_MEDICAL = "2101103";
    private static final String HOUSING_FUND = "2210201";
    private static final String RETIREES = "2080501";
    private static final Map<String, String> CAPITAL_LINES = Map.of("2230105", "国有企业退休人员社会化管理补助支出",
            "2230299", "其他国有企业资本金注入");

    /** A group of staff whose basic spending is booked under one 项. */
    private record Group(String line, int people, boolean admin) {
    }

    private final DepartmentPlan d;
    private final int year;
    private final Catalog catalog;
    private final Rng rng;
    private final Scale scale;
    private final SortedMap<String, long[]> basic = new TreeMap<>();
    private final BasicSpending spending;

    FiguresBuilder(DepartmentPlan d, int year, Catalog catalog, Rng rng) {
        this.d = d;
        this.year = year;
        this.catalog = catalog;
        this.rng = rng;
        this.scale = new Scale(d.unit(), rng);
        this.spending = new BasicSpending(scale, rng, 100 + 4 * (year - SampleSpec.FIRST_YEAR) + rng.between(-2, 2));
    }

    YearFigures build() {
        List<Group> groups = groups();
        int staff = groups.stream().mapToInt(Group::people).sum();
        int retired = Math.max(0, d.retired() + rng.between(-1, 2));
        for (Group g : groups) personnel(g);
        long pensions = retired > 0 ? spending.retirees(retired) : 0;
        if (pensions > 0) line(RETIREES)[0] += pensions;
        ThreePublicBuilder tp = new ThreePublicBuilder(d, scale, rng, staff);
        long adminPublic = publicCosts(groups, staff, tp);
        List<Project> projects = projects(staff, tp);
        long opening = rng.percent(50) ? Scale.percent(projects.stream().mapToLong(Project::actual).sum(), rng.between(2, 15)) : 0;
        SortedMap<String, GeneralLine> general = generalLines(projects, opening);
        SortedMap<String, OwnLine> own = ownLines(groups);
        long ownOpening = !own.isEmpty() && rng.percent(40) ? scale.between(10_000, 300_000) : 0;
        return new YearFigures(year, staff, retired, general, fundLines(), capitalLines(), own, spending.economic(), opening, ownOpening,
                tp.figures(), tp.counts(), operatingCosts(adminPublic), procurement(), tp.assets(), evaluated(projects));
    }

    private boolean inCatalog(String code) {
        return catalog.name(FunctionCode.of(code)).isPresent();
    }

    private long[] line(String code) {
        return basic.computeIfAbsent(code, c -> new long[2]);
    }

    /** The 机关 under 行政运行, each kind of 事业单位 under its own 项 (or 行政运行 when the kind has none). */
    private List<Group> groups() {
        List<Group> out = new ArrayList<>();
        int admin = Math.max(3, d.adminQuota() - rng.between(0, d.adminQuota() / 5));
        out.add(new Group(d.kind().run(), admin, true));
        int institution = d.institutionQuota() - rng.between(0, d.institutionQuota() / 6);
        List<String> lines = d.kind().institution().stream().filter(this::inCatalog).toList();
        if (lines.isEmpty()) lines = List.of(d.kind().run());
        for (int i = 0; i < lines.size() && institution > 0; i++) {
            int people = i + 1 < lines.size() ? institution / lines.size() : institution - institution / lines.size() * (lines.size() - 1);
            if (people > 0) out.add(new Group(lines.get(i), people, false));
        }
        return out;
    }

    /** 人员经费 of a group: pay under its unit's 项, social insurance and housing fund under theirs. */
    private void personnel(Group g) {
        BasicSpending.Pay pay = spending.pay(g.people(), g.admin());
        line(g.line())[0] += pay.salaries();
        line(PENSION)[0] += pay.pension();
        line(ANNUITY)[0] += pay.annuity();
        line(g.admin() ? ADMIN_MEDICAL : INSTITUTION_MEDICAL)[0] += pay.medical();
        if (pay.civilServantMedical() > 0) line(CIVIL_SERVANT_MEDICAL)[0] += pay.civilServantMedical();
        line(HOUSING_FUND)[0] += pay.housingFund();
    }

    /** 公用经费, split over the groups by head count; returns the 机关's share (机关运行经费). */
    private long publicCosts(List<Group> groups, int staff, ThreePublicBuilder tp) {
        long total = spending.publicCosts(staff, tp.basicItems());
        long left = total;
        long admin = 0;
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            long share = i == 0 ? left : total * g.people() / staff;
            line(g.line())[1] += share;
            left -= share;
            if (g.admin()) admin = share;
        }
        return admin;
    }

    /** The year's projects under the kind's project 项, and a vehicle purchase when “三公” has one. */
    private List<Project> projects(int staff, ThreePublicBuilder tp) {
        List<String> lines = d.kind().projects().stream().filter(this::inCatalog).toList();
        if (lines.isEmpty()) lines = List.of(d.kind().run());
        List<Project> out = new ArrayList<>();
        List<String> names = rng.choose(d.kind().projectNames(), rng.between(1, Math.min(4, d.kind().projectNames().size())));
        for (int i = 0; i < names.size(); i++) {
            long actual = scale.perPerson(staff, 3_000, 40_000) + scale.between(20_000, 200_000);
            long budget = rng.percent(50) ? actual + Scale.percent(actual, rng.between(1, 20)) : actual;
            out.add(new Project(names.get(i), lines.get(i % lines.size()), implementer(), budget, actual,
                    rng.percent(25) ? rng.between(20, 60) : 0));
        }
        long purchase = tp.figures().actual(Item.VEHICLE_PURCHASE);
        if (purchase > 0) {
            out.add(new Project("公务用车购置", lines.get(0), d.name(), Math.max(purchase, tp.figures().budget(Item.VEHICLE_PURCHASE)), purchase, 0));
        }
        return out;
    }

    private String implementer() {
        return d.multiUnit() && rng.percent(40) ? rng.pick(d.units().subList(1, d.units().size())).name() : d.name();
    }

    /**
     * 一般公共预算 by 项. Part of {@code opening} pays for projects (so less is appropriated this
     * year) and the unspent budget of projects is appropriated and carried forward.
     */
    private SortedMap<String, GeneralLine> generalLines(List<Project> projects, long opening) {
        SortedMap<String, long[]> project = new TreeMap<>();
        long fromOpening = Math.min(Scale.percent(opening, rng.between(50, 100)), projects.stream().mapToLong(p -> p.actual() / 2).sum());
        for (Project p : projects) {
            long used = Math.min(fromOpening, p.actual() / 2);
            fromOpening -= used;
            long[] l = project.computeIfAbsent(p.code(), c -> new long[3]);
            l[0] += p.actual();
            l[1] += p.actual() - used + (p.budget() - p.actual());
            l[2] += p.budget();
        }
        SortedMap<String, GeneralLine> out = new TreeMap<>();
        SortedSet<String> codes = new TreeSet<>(basic.keySet());
        codes.addAll(project.keySet());
        for (String code : codes) {
            long[] b = basic.getOrDefault(code, new long[2]);
            long[] p = project.getOrDefault(code, new long[3]);
            long basicSpent = b[0] + b[1];
            long adjusted = basicSpent + (basicSpent > 0 && rng.percent(25) ? Scale.percent(basicSpent, rng.between(1, 5)) : 0) + p[2];
            long spent = basicSpent + p[0];
            long initial;
            if (basicSpent == 0 && rng.percent(30)) initial = 0;
            else if (rng.percent(20)) initial = spent;
            else initial = Scale.percent(adjusted, rng.between(85, 110));
            out.put(code, new GeneralLine(b[0], b[1], p[0], basicSpent + p[1], initial, adjusted));
        }
        return out;
    }

    /** 事业收入 earned and spent by the first 事业单位; a little 其他收入 (interest) kept by the 机关. */
    private SortedMap<String, OwnLine> ownLines(List<Group> groups) {
        SortedMap<String, OwnLine> out = new TreeMap<>();
        Group institution = groups.stream().filter(g -> !g.admin()).findFirst().orElse(null);
        long other = rng.percent(30) ? scale.between(1_000, 50_000) : 0;
        if (d.businessIncome() && institution != null) {
            long business = scale.perPerson(institution.people(), 5_000, 30_000);
            long spentBasic = Scale.percent(business, rng.between(70, 100));
            long spentProject = rng.percent(30) ? Scale.percent(business - spentBasic, rng.between(0, 100)) : 0;
            out.put(institution.line(), new OwnLine(spentBasic, spentProject, business, institution.line().equals(d.kind().run()) ? other : 0));
            if (institution.line().equals(d.kind().run())) other = 0;
        }
        if (other > 0) out.put(d.kind().run(), new OwnLine(0, 0, 0, other));
        return out;
    }

    private SortedMap<String, FundLine> fundLines() {
        SortedMap<String, FundLine> out = new TreeMap<>();
        if (!d.kind().fund() || !rng.percent(d.odds().fund())) return out;
        for (String code : rng.choose(List.of("2120801", "2120899"), rng.between(1, 2))) {
            if (!inCatalog(code)) continue;
            long opening = rng.percent(50) ? scale.between(100_000, 5_000_000) : 0;
            long income = scale.between(500_000, 20_000_000);
            out.put(code, new FundLine(opening, income, Math.max(1, Scale.percent(opening + income, rng.between(60, 100)))));
        }
        return out;
    }

    private SortedMap<String, CapitalLine> capitalLines() {
        SortedMap<String, CapitalLine> out = new TreeMap<>();
        if (!d.kind().stateCapital() || year < TableKind.NINE_TABLES_FROM || !rng.percent(d.odds().stateCapital())) return out;
        for (String code : rng.choose(List.copyOf(new TreeMap<>(CAPITAL_LINES).keySet()), rng.between(1, 2))) {
            out.put(code, new CapitalLine(inCatalog(code) ? null : CAPITAL_LINES.get(code), scale.between(200_000, 5_000_000)));
        }
        return out;
    }

    private YearFigures.OperatingCosts operatingCosts(long actual) {
        long initial = rng.percent(25) ? actual : Scale.percent(actual, rng.between(90, 115));
        long carried = rng.percent(15) ? scale.between(1_000, 20_000) : 0;
        long adjusted = initial + carried + (rng.percent(30) ? Scale.percent(actual, rng.between(1, 8)) : 0);
        return new YearFigures.OperatingCosts(initial, carried, adjusted, actual);
    }

    private YearFigures.Procurement procurement() {
        if (!rng.percent(75)) return new YearFigures.Procurement(0, 0, 0, 0);
        long goods = rng.percent(80) ? scale.between(10_000, 500_000) : 0;
        long works = rng.percent(20) ? scale.between(50_000, 2_000_000) : 0;
        long services = rng.percent(70) ? scale.between(10_000, 800_000) : 0;
        return new YearFigures.Procurement(goods, works, services, Scale.percent(goods + works + services, rng.between(60, 100)));
    }

    /** Most projects are evaluated (项目绩效自评); at least one. */
    private List<Project> evaluated(List<Project> projects) {
        List<Project> out = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            if (i == 0 || rng.percent(80)) out.add(projects.get(i));
        }
        return out;
    }
}
