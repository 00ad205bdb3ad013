package cn.gongkai.content;

import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ListShape;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.model.Facts;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Overview;
import cn.gongkai.model.PublishTime;
import cn.gongkai.model.Overview.BudgetUnit;
import cn.gongkai.model.Overview.InternalBodies;
import cn.gongkai.model.Overview.Staff;
import cn.gongkai.model.ReviewStatus;
import cn.gongkai.model.Text;
import cn.gongkai.model.table.DisclosureTable;

import java.util.List;

/** The YAML form of {@code <year>/final-accounts.yaml}: one department's final accounts for a year. */
final class FinalAccountsFormat {

    /** What the file holds before the year's catalog finishes the tables. */
    record Parsed(MoneyUnit unit, Text title, Text preparedBy, ReviewStatus review, Overview overview,
                  List<String> glossary, List<GlossaryFormat.TermDraft> glossaryAdditions,
                  List<Draft<? extends DisclosureTable>> tables, Facts facts, PublishTime published) {
    }

    static final Field<MoneyUnit> UNIT = Field.required("unit", "金额单位", Scalars.declaredUnit())
            .describedAs("本文件所有金额的单位：元 或 万元，按公开表原样填写。");

    static final Field<PublishTime> PUBLISHED = Field.optional("published", "发布时间（YYYY-MM-DD HH:MM，按实际发布时间填写）",
            Scalars.publishTime());
    private static final Field<Text> TITLE = Field.optional("title", "标题（不填则为「部门名称 + 年度 + 年部门决算」）", Scalars.text());
    private static final Field<Text> PREPARED_BY = Field.optional("prepared_by", "编制部门（不填则为部门名称）", Scalars.text());

    private static final Field<Text> CONFIDENTIALITY = Field.optional("confidentiality", "保密审查情况", Scalars.text());
    private static final Field<Text> SIGN_OFF = Field.optional("sign_off", "部门负责人审签情况", Scalars.text());
    private static final Field<ReviewStatus> REVIEW = Field.optional("review", "保密审查和审签情况",
            new ObjectShape<>("保密审查和审签情况", List.of(CONFIDENTIALITY, SIGN_OFF),
                    v -> new ReviewStatus(v.get(CONFIDENTIALITY), v.get(SIGN_OFF))));

    private static final Field<Text> BODY_KIND = Field.required("kind", "机构类别（如 股室、科室）", Scalars.text());
    private static final Field<List<Text>> BODY_NAMES = Field.required("names", "内设机构名称", new ListShape<>(Scalars.text()));
    private static final Field<Text> BODY_NOTE = Field.optional("note", "补充说明", Scalars.text());
    private static final Field<InternalBodies> INTERNAL_BODIES = Field.optional("internal_bodies", "内设机构",
            new ObjectShape<>("内设机构", List.of(BODY_KIND, BODY_NAMES, BODY_NOTE),
                    v -> new InternalBodies(v.get(BODY_KIND), v.get(BODY_NAMES), v.get(BODY_NOTE))));

    private static final Field<Text> UNIT_NAME = Field.required("name", "单位名称", Scalars.text());
    private static final Field<Text> UNIT_NOTE = Field.optional("note", "备注", Scalars.text());
    private static final Field<List<BudgetUnit>> UNITS = Field.optional("units", "部门决算单位构成",
            new ListShape<>(new ObjectShape<>("决算单位", List.of(UNIT_NAME, UNIT_NOTE),
                    v -> new BudgetUnit(v.get(UNIT_NAME), v.get(UNIT_NOTE)))));

    private static final Field<Integer> ADMIN_QUOTA = Field.optional("administrative_quota", "行政编制（人）", Scalars.count(0, 1_000_000));
    private static final Field<Integer> INSTITUTION_QUOTA = Field.optional("institution_quota", "事业编制（人）", Scalars.count(0, 1_000_000));
    private static final Field<Integer> ACTUAL = Field.optional("actual", "实有人员（人）", Scalars.count(0, 1_000_000));
    private static final Field<Integer> RETIRED = Field.optional("retired", "离退休人员（人）", Scalars.count(0, 1_000_000));
    private static final Field<Text> STAFF_NOTE = Field.optional("note", "补充说明", Scalars.text());
    private static final Field<Staff> STAFF = Field.optional("staff", "部门人员情况（年底）",
            new ObjectShape<>("部门人员情况", List.of(ADMIN_QUOTA, INSTITUTION_QUOTA, ACTUAL, RETIRED, STAFF_NOTE),
                    v -> new Staff(v.get(ADMIN_QUOTA), v.get(INSTITUTION_QUOTA), v.get(ACTUAL), v.get(RETIRED),
                            v.get(STAFF_NOTE), v.at())));

    private static final Field<List<Text>> DUTIES = Field.optional("duties", "主要职责（每条一项）", new ListShape<>(Scalars.text()));
    private static final Field<Overview> OVERVIEW = Field.optional("overview", "第一部分 部门概况",
            new ObjectShape<>("部门概况", List.of(DUTIES, INTERNAL_BODIES, UNITS, STAFF),
                    v -> new Overview(v.opt(DUTIES).orElse(List.of()), v.get(INTERNAL_BODIES),
                            v.opt(UNITS).orElse(List.of()), v.get(STAFF))));

    private static final Field<List<String>> GLOSSARY = Field.optional("glossary", "名词解释（引用 glossary.yaml 中词条的 id，按公开顺序）",
            new ListShape<>(Scalars.slug()));
    private static final Field<List<GlossaryFormat.TermDraft>> GLOSSARY_ADDITIONS = Field.optional("glossary_additions",
            "本公开新增的名词解释", new ListShape<>(GlossaryFormat.TERM));

    private static final Field<List<Draft<? extends DisclosureTable>>> TABLES = Field.optional("tables", "第二部分 决算表",
            TableFormats.tables());

    static final ObjectShape<Parsed> ROOT = new ObjectShape<>("final-accounts.yaml",
            List.of(UNIT, TITLE, PUBLISHED, PREPARED_BY, REVIEW, OVERVIEW, GLOSSARY, GLOSSARY_ADDITIONS, TABLES, FactsFormat.FACTS),
            v -> new Parsed(v.get(UNIT), v.get(TITLE), v.get(PREPARED_BY), v.get(REVIEW),
                    v.opt(OVERVIEW).orElse(new Overview(List.of(), null, List.of(), null)),
                    v.opt(GLOSSARY).orElse(List.of()), v.opt(GLOSSARY_ADDITIONS).orElse(List.of()),
                    v.opt(TABLES).orElse(List.of()), v.opt(FactsFormat.FACTS).orElse(Facts.NONE), v.get(PUBLISHED)));

    private FinalAccountsFormat() {
    }
}
