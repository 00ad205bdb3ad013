package cn.gongkai.content;

import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ListShape;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;
import cn.gongkai.model.performance.DepartmentEvaluation;
import cn.gongkai.model.performance.DepartmentEvaluation.Summary;
import cn.gongkai.model.performance.DepartmentIndicator;
import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;
import cn.gongkai.model.performance.ProjectEvaluation;
import cn.gongkai.model.performance.ProjectIndicator;
import cn.gongkai.model.performance.Rubric;
import cn.gongkai.model.table.Cells;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The YAML form of {@code <year>/performance.yaml}: project and department self-evaluations (绩效自评). */
final class PerformanceFormat {

    record Parsed(MoneyUnit unit, List<ProjectEvaluation> projects, List<Text> formNotes, DepartmentEvaluation department) {
    }

    private static Field<Text> text(String key, String title) {
        return Field.optional(key, title, Scalars.text());
    }

    private static final Field<Text> L1 = text("level1", "一级指标");
    private static final Field<Text> L2 = text("level2", "二级指标");
    private static final Field<Text> L3 = Field.required("name", "三级指标", Scalars.text());
    private static final Field<Text> TARGET = text("target", "年度指标值");
    private static final Field<Text> ACTUAL = text("actual", "全年完成值");
    private static final Field<Text> REASON = text("reason", "未完成原因和改进措施");

    private static final ObjectShape<ProjectIndicator> PROJECT_INDICATOR = new ObjectShape<>("项目绩效指标",
            List.of(L1, L2, L3, TARGET, ACTUAL, REASON),
            v -> new ProjectIndicator(v.get(L1), v.get(L2), v.get(L3), v.get(TARGET), v.get(ACTUAL), v.get(REASON), v.at()));

    private static final ColumnFields<ExecutionColumn> EXECUTION = ColumnFields.of(ExecutionColumn.class);
    private static final Map<FundSource, Field<Cells<ExecutionColumn>>> FUND_FIELDS = new LinkedHashMap<>();

    static {
        for (FundSource s : FundSource.values()) {
            FUND_FIELDS.put(s, Field.optional(s.key(), s.label(), EXECUTION.shape(s.label())));
        }
    }

    private static final Field<Map<FundSource, Cells<ExecutionColumn>>> FUNDS = Field.optional("funds", "项目资金",
            new ObjectShape<>("项目资金", new ArrayList<>(FUND_FIELDS.values()), v -> {
                Map<FundSource, Cells<ExecutionColumn>> m = new EnumMap<>(FundSource.class);
                FUND_FIELDS.forEach((s, f) -> v.opt(f).ifPresent(c -> m.put(s, c)));
                return m;
            }));

    private record Goals(Text planned, Text achieved) {
    }

    private static final Field<Text> PLANNED = text("planned", "年初设定目标");
    private static final Field<Text> ACHIEVED = text("achieved", "全年实际完成情况");
    private static final Field<Goals> GOALS = Field.optional("goals", "年度总体目标",
            new ObjectShape<>("年度总体目标", List.of(PLANNED, ACHIEVED), v -> new Goals(v.get(PLANNED), v.get(ACHIEVED))));

    private static final Field<Text> FORM = Field.required("form", "自评表名称（如 县级预算（项目）绩效目标自评表）", Scalars.text());
    private static final Field<Text> NAME = text("name", "专项（项目）名称");
    private static final Field<Text> SUPERVISOR = text("supervisor", "省级主管部门");
    private static final Field<Text> IMPLEMENTER = text("implementer", "实施单位");
    private static final Field<Quantity> PROJECT_SCORE = Field.optional("score", "项目自评得分", Scalars.quantity());
    private static final Field<List<ProjectIndicator>> INDICATORS = Field.optional("indicators", "绩效指标",
            new ListShape<>(PROJECT_INDICATOR));
    private static final Field<Text> REMARK = text("remark", "说明");
    private static final Field<Text> SUMMARY = text("summary", "主要产出和效果（情况说明中引用）");

    private static final ObjectShape<ProjectEvaluation> PROJECT = new ObjectShape<>("项目绩效自评表",
            List.of(FORM, NAME, SUPERVISOR, IMPLEMENTER, PROJECT_SCORE, FUNDS, GOALS, INDICATORS, REMARK, SUMMARY),
            v -> {
                Goals g = v.opt(GOALS).orElse(new Goals(null, null));
                return new ProjectEvaluation(v.get(FORM), v.get(NAME), v.get(SUPERVISOR), v.get(IMPLEMENTER),
                        v.opt(FUNDS).orElse(Map.of()), g.planned(), g.achieved(), v.opt(INDICATORS).orElse(List.of()),
                        v.get(REMARK), v.get(PROJECT_SCORE), v.get(SUMMARY), v.at());
            });

    private static final Field<Quantity> POINTS = Field.required("points", "分值", Scalars.quantity());
    private static final Field<Text> DESCRIPTION = text("description", "指标说明");
    private static final Field<Text> CRITERIA = text("criteria", "评分标准");
    private static final Field<Text> FORMULA = text("formula", "指标值计算公式和数据获取方式");
    private static final Field<Text> D_TARGET = text("target", "年初目标值");
    private static final Field<Text> D_ACTUAL = text("actual", "实际完成值");
    private static final Field<Quantity> SCORE = Field.optional("score", "得分", Scalars.quantity());
    private static final Field<Text> D_REASON = text("reason", "未完成原因分析与改进措施");
    private static final Field<Text> SUGGESTION = text("suggestion", "绩效指标分析与建议");

    private static final Field<Quantity> B_MIN = Field.optional("min", "下限（含）", Scalars.quantity());
    private static final Field<Quantity> B_MAX = Field.optional("max", "上限（含）", Scalars.quantity());
    private static final Field<Quantity> B_SCORE = Field.required("score", "得分", Scalars.quantity());
    private static final Field<List<Rubric.Band>> BANDS = Field.optional("bands", "按区间给分（从上到下取第一个符合的区间）",
            new ListShape<>(new ObjectShape<>("区间", List.of(B_MIN, B_MAX, B_SCORE), v -> new Rubric.Band(
                    v.opt(B_MIN).map(Quantity::value).orElse(null), v.opt(B_MAX).map(Quantity::value).orElse(null), v.get(B_SCORE).value()))));
    private static final Field<Quantity> D_LIMIT = Field.required("limit", "满分的上限（如 5 表示 ≤5% 得满分）", Scalars.quantity());
    private static final Field<Quantity> D_STEP = Field.required("per", "每超出多少扣分（如 0.1 个百分点）", Scalars.quantity());
    private static final Field<Quantity> D_POINTS = Field.required("points", "每次扣多少分", Scalars.quantity());
    private static final Field<Boolean> D_ABS = Field.optional("absolute", "按绝对值计算", Scalars.choice("是否", "true", true, "false", false));
    private static final Field<Rubric.Deduction> DEDUCT = Field.optional("deduct", "超出上限后按比例扣分",
            new ObjectShape<>("扣分规则", List.of(D_LIMIT, D_STEP, D_POINTS, D_ABS), v -> new Rubric.Deduction(v.get(D_LIMIT).value(),
                    v.get(D_STEP).value(), v.get(D_POINTS).value(), v.opt(D_ABS).orElse(false))));
    private static final Field<Rubric.Direction> RATIO = Field.optional("ratio", "按完成比率计分（正向：完成值/目标值；反向：目标值/完成值）",
            Scalars.choice("计分方向", "正向", Rubric.Direction.POSITIVE, "反向", Rubric.Direction.NEGATIVE));
    private static final Field<Rubric> RUBRIC = Field.optional("rubric", "评分规则（填写后 check 会重算得分）",
            new ObjectShape<>("评分规则", List.of(BANDS, DEDUCT, RATIO), v -> new Rubric(v.get(BANDS), v.get(DEDUCT), v.get(RATIO))));

    private static final ObjectShape<DepartmentIndicator> DEPARTMENT_INDICATOR = new ObjectShape<>("部门整体绩效指标",
            List.of(L1, L2, L3, POINTS, DESCRIPTION, CRITERIA, FORMULA, D_TARGET, D_ACTUAL, SCORE, D_REASON, SUGGESTION, RUBRIC),
            v -> new DepartmentIndicator(v.get(L1), v.get(L2), v.get(L3), v.get(POINTS), v.get(DESCRIPTION), v.get(CRITERIA),
                    v.get(FORMULA), v.get(D_TARGET), v.get(D_ACTUAL), v.get(SCORE), v.get(D_REASON), v.get(SUGGESTION), v.get(RUBRIC), v.at()));

    private static final Field<Text> QUESTION = Field.required("question", "问题", Scalars.text());
    private static final Field<List<Text>> POINTS_LIST = Field.required("points", "回答（一段或分条）", new ListShape<>(Scalars.text()));
    private static final Field<List<Summary>> SUMMARIES = Field.optional("summaries", "概述",
            new ListShape<>(new ObjectShape<>("概述", List.of(QUESTION, POINTS_LIST), v -> new Summary(v.get(QUESTION), v.get(POINTS_LIST)))));

    private static final Field<Text> REPORTING_UNIT = text("reporting_unit", "填报单位");
    private static final Field<Quantity> DEPT_SCORE = Field.optional("score", "自评得分", Scalars.quantity());
    private static final Field<List<DepartmentIndicator>> DEPT_INDICATORS = Field.optional("indicators", "绩效指标",
            new ListShape<>(DEPARTMENT_INDICATOR));
    private static final Field<List<Text>> NOTES = Field.optional("notes", "备注", new ListShape<>(Scalars.text()));

    private static final Field<DepartmentEvaluation> DEPARTMENT = Field.optional("department", "部门整体支出绩效自评表",
            new ObjectShape<>("部门整体支出绩效自评表", List.of(REPORTING_UNIT, DEPT_SCORE, SUMMARIES, DEPT_INDICATORS, NOTES),
                    v -> new DepartmentEvaluation(v.get(REPORTING_UNIT), v.get(DEPT_SCORE), v.opt(SUMMARIES).orElse(List.of()),
                            v.opt(DEPT_INDICATORS).orElse(List.of()), v.opt(NOTES).orElse(List.of()), v.at())));

    private static final Field<List<ProjectEvaluation>> PROJECTS = Field.optional("projects", "项目绩效自评表", new ListShape<>(PROJECT));
    private static final Field<List<Text>> FORM_NOTES = Field.optional("form_notes", "项目自评表下方的注", new ListShape<>(Scalars.text()));

    static final ObjectShape<Parsed> ROOT = new ObjectShape<>("performance.yaml",
            List.of(FinalAccountsFormat.UNIT, PROJECTS, FORM_NOTES, DEPARTMENT),
            v -> new Parsed(v.get(FinalAccountsFormat.UNIT), v.opt(PROJECTS).orElse(List.of()),
                    v.opt(FORM_NOTES).orElse(List.of()), v.get(DEPARTMENT)));

    private PerformanceFormat() {
    }
}
