package cn.gongkai.content;

import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ListShape;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.model.Jurisdiction;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.SiteConfig;
import cn.gongkai.model.SiteConfig.CheckSettings;
import cn.gongkai.model.Text;

import java.util.List;

/** The YAML form of site.yaml and of departments/&lt;slug&gt;/department.yaml. */
final class SiteFormat {

    record Parsed(SiteConfig config, List<Jurisdiction> jurisdictions) {
    }

    record DepartmentParsed(Text name, String jurisdiction) {
    }

    private static final Field<Text> TITLE = Field.required("title", "网站（栏目）名称", Scalars.text());
    private static final Field<Text> PUBLISHER = Field.optional("publisher", "主办单位", Scalars.text());

    private static final Field<MoneyUnit> DISPLAY_UNIT = Field.optional("unit", "显示单位（不填则按各文件的单位原样显示）", Scalars.moneyUnit());
    private static final Field<Integer> DECIMALS = Field.optional("decimals", "金额小数位数（默认 2）", Scalars.count(0, 6));

    private record Display(MoneyUnit unit, Integer decimals) {
    }

    private static final Field<Display> DISPLAY = Field.optional("display", "金额显示",
            new ObjectShape<>("金额显示", List.of(DISPLAY_UNIT, DECIMALS), v -> new Display(v.get(DISPLAY_UNIT), v.get(DECIMALS))));

    private static final Field<Quantity> PER_ADDEND = Field.optional("per_addend", "每个加数允许的尾差（万元，默认 0.01）", Scalars.quantity());
    private static final Field<Quantity> MAX = Field.optional("max", "尾差上限（万元，默认 0.05）", Scalars.quantity());
    private static final Field<CheckSettings> ROUNDING = Field.optional("rounding", "尾差容差（万元表）",
            new ObjectShape<>("尾差容差", List.of(PER_ADDEND, MAX), v -> new CheckSettings(
                    v.opt(PER_ADDEND).map(Quantity::value).orElse(CheckSettings.DEFAULT.roundingPerAddend()),
                    v.opt(MAX).map(Quantity::value).orElse(CheckSettings.DEFAULT.roundingMax()), CheckSettings.DEFAULT.stateCapitalFrom())));
    private static final Field<Integer> STATE_CAPITAL_FROM = Field.optional("state_capital_table_from",
            "从哪一年的决算起公开第 9 张表（国有资本经营，默认 2020）", Scalars.count(2000, 2100));
    private static final Field<CheckSettings> CHECKS = Field.optional("checks", "检查设置",
            new ObjectShape<>("检查设置", List.of(ROUNDING, STATE_CAPITAL_FROM), v -> {
                CheckSettings r = v.opt(ROUNDING).orElse(CheckSettings.DEFAULT);
                return new CheckSettings(r.roundingPerAddend(), r.roundingMax(),
                        v.opt(STATE_CAPITAL_FROM).orElse(CheckSettings.DEFAULT.stateCapitalFrom()));
            })).describedAs("尾差：万元表逐格四舍五入，合计与各项之和可能相差几分；在容差内报警告「尾差」，超出报错误。");

    private static final Field<Text> CONTACT = Field.optional("contact", "联系方式（页脚）", Scalars.text());
    private static final Field<Text> SITE_CODE = Field.optional("site_code", "网站标识码（页脚和 SiteIDCode）", Scalars.text());
    private static final Field<Text> ICP = Field.optional("icp", "ICP备案号（页脚）", Scalars.text());
    private static final Field<Text> POLICE = Field.optional("police", "公安备案号（页脚）", Scalars.text());
    private static final Field<Text> DOMAIN = Field.optional("domain", "网站域名（SiteDomain，如 www.zhenan.gov.cn）", Scalars.text());
    private static final Field<Text> COLUMN = Field.optional("column", "栏目名称（ColumnName，默认为网站名称）", Scalars.text());
    private static final Field<Text> BASE_URL = Field.optional("base_url", "网站的完整地址（用于 sitemap.xml、订阅和 404 页面，如 https://www.zhenan.gov.cn/yjsgk/）",
            Scalars.webAddress());

    private static final Field<String> J_SLUG = Field.required("slug", "标识（用于网址，如 zhenan）", Scalars.slug());
    private static final Field<Text> J_NAME = Field.required("name", "名称（如 镇安县）", Scalars.text());
    private static final Field<List<Jurisdiction>> JURISDICTIONS = Field.required("jurisdictions", "行政区划",
            new ListShape<>(new ObjectShape<>("行政区划", List.of(J_SLUG, J_NAME), v -> new Jurisdiction(v.get(J_SLUG), v.get(J_NAME), v.at(J_SLUG)))));

    static final ObjectShape<Parsed> ROOT = new ObjectShape<>("site.yaml",
            List.of(TITLE, PUBLISHER, CONTACT, SITE_CODE, ICP, POLICE, DOMAIN, COLUMN, BASE_URL, DISPLAY, CHECKS, JURISDICTIONS),
            v -> {
                Display d = v.opt(DISPLAY).orElse(new Display(null, null));
                SiteConfig.Identity identity = new SiteConfig.Identity(v.get(CONTACT), v.get(SITE_CODE), v.get(ICP), v.get(POLICE),
                        v.get(DOMAIN), v.get(COLUMN), v.get(BASE_URL));
                return new Parsed(new SiteConfig(v.get(TITLE), v.get(PUBLISHER), d.unit(),
                        d.decimals() == null ? 2 : d.decimals(), v.opt(CHECKS).orElse(CheckSettings.DEFAULT), identity, v.at()),
                        v.get(JURISDICTIONS));
            });

    private static final Field<Text> D_NAME = Field.required("name", "部门名称", Scalars.text());
    private static final Field<String> D_JURISDICTION = Field.required("jurisdiction", "所属行政区划（site.yaml 中的标识）", Scalars.slug());

    static final ObjectShape<DepartmentParsed> DEPARTMENT = new ObjectShape<>("department.yaml", List.of(D_NAME, D_JURISDICTION),
            v -> new DepartmentParsed(v.get(D_NAME), v.get(D_JURISDICTION)));

    private SiteFormat() {
    }
}
