package cn.gongkai.sample;

import java.util.List;

/** site.yaml, glossary.yaml and each department.yaml of the generated content. */
final class SiteWriter {

    private SiteWriter() {
    }

    static String site(List<Places.Place> places, long seed) {
        Places.Place city = places.get(0);
        Yaml y = new Yaml();
        y.line("# 预决算公开专栏（gongkai sample 生成的虚构内容，种子 " + seed + "）");
        y.field(0, "title", "预决算公开专栏");
        y.field(0, "publisher", Yaml.text(city.name() + "人民政府"));
        y.field(0, "contact", Yaml.text("0910-" + (8_100_000 + Math.floorMod(seed, 900_000))));
        y.field(0, "site_code", Yaml.text(String.valueOf(6_101_000_000L + Math.floorMod(seed, 1_000_000))));
        y.field(0, "icp", Yaml.text("陕ICP备" + (10_000_000 + Math.floorMod(seed, 9_000_000)) + "号"));
        y.field(0, "police", Yaml.text("陕公网安备 " + (61_010_000_000_000L + Math.floorMod(seed, 1_000_000)) + "号"));
        y.field(0, "domain", "www." + city.slug() + ".gov.cn");
        y.field(0, "column", "财政预决算");
        y.field(0, "base_url", "https://www." + city.slug() + ".gov.cn/yjsgk/");
        y.line("display:");
        y.field(2, "decimals", "2");
        y.line("jurisdictions:");
        for (Places.Place p : places) {
            y.item(2, "slug: " + p.slug());
            y.field(4, "name", Yaml.text(p.name()));
        }
        return y.toString();
    }

    static String department(DepartmentPlan d) {
        return new Yaml().field(0, "name", Yaml.text(d.name())).field(0, "jurisdiction", d.place().slug()).toString();
    }

    /** The standard terms of 第四部分 专业名词解释, the ones every generated disclosure cites. */
    static String glossary() {
        Yaml y = new Yaml();
        y.line("terms:");
        term(y, "fiscal-appropriation-income", "财政拨款收入", "指本级财政当年拨付的资金。");
        term(y, "business-income", "事业收入", "指事业单位开展专业业务活动及其辅助活动取得的收入。");
        term(y, "operating-income", "经营收入", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。");
        term(y, "other-income", "其他收入", "指单位取得的除上述收入以外的各项收入，主要是存款利息收入等。");
        term(y, "opening-balance", "年初结转和结余", "指以前年度尚未完成、结转到本年按有关规定继续使用的资金。");
        term(y, "closing-balance", "年末结转和结余", "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。");
        term(y, "basic-expenditure", "基本支出", "指为保障机构正常运转、完成日常工作任务而发生的各项支出。");
        term(y, "project-expenditure", "项目支出", "指单位为完成特定的行政工作任务或事业发展目标所发生的各项支出。");
        term(y, "operating-expenditure", "经营支出", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。");
        term(y, "three-public", "“三公”经费", "指部门使用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费支出。");
        y.line("    aliases: [三公经费]");
        term(y, "operating-costs", "机关运行经费", "指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、"
                + "办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行费以及其他费用。");
        term(y, "government-fund", "政府性基金", "指各级人民政府及其所属部门根据法律、行政法规和中共中央、国务院有关文件规定，为支持特定公共基础设施建设和"
                + "公共事业发展，向公民、法人和其他组织无偿征收的具有专项用途的财政资金。");
        term(y, "state-capital-budget", "国有资本经营预算", "指对国有资本收益作出支出安排的收支预算。");
        return y.toString();
    }

    private static void term(Yaml y, String id, String term, String definition) {
        y.item(2, "id: " + id);
        y.field(4, "term", Yaml.text(term));
        y.field(4, "definition", Yaml.text(definition));
    }
}
