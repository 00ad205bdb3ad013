package cn.gongkai.content;

import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ListShape;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.model.Amount;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.PublishTime;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;
import cn.gongkai.model.review.Recommendation;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.model.review.ReviewTotals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The YAML form of {@code <year>/budget-review.yaml}: a department's budget review result list (预算评审结果). */
final class BudgetReviewFormat {

    /** The file as read; the loader checks {@code year} against the folder and adds the department. */
    record Parsed(MoneyUnit unit, int year, Location yearAt, int priorYear, LocalDate progressDate, List<ReviewLine> lines,
                  ReviewTotals total, PublishTime published) {
    }

    private static final Map<String, Recommendation> RECOMMENDATIONS = new LinkedHashMap<>();

    static {
        for (Recommendation r : Recommendation.values()) RECOMMENDATIONS.put(r.label(), r);
    }

    private static final Field<Integer> NO = Field.required("no", "序号", Scalars.count(1, 100_000));
    private static final Field<Text> IMPLEMENTER = Field.required("implementer", "实施单位", Scalars.text());
    private static final Field<Text> NAME = Field.required("name", "项目名称", Scalars.text());
    private static final Field<Amount> PRIOR_BUDGET = Field.optional("prior_year_budget", "上年预算下达额度（原文空白则不填）",
            Scalars.amount());
    private static final Field<Quantity> PROGRESS = Field.optional("progress", "截至 progress_date 的支出进度（%，原文空白则不填）",
            Scalars.percent());
    private static final Field<Amount> REQUESTED = Field.required("requested", "本年度申报预算资金", Scalars.amount());
    private static final Field<Quantity> SCORE = Field.optional("score", "最终得分（原文为「-」、未评分的不填）", Scalars.quantity());
    private static final Field<Recommendation> RECOMMENDATION = Field.required("recommendation", "预算资金安排建议",
            Scalars.choice("预算资金安排建议", RECOMMENDATIONS));
    private static final Field<List<Text>> FINDINGS = Field.optional("findings", "评审意见（备注中资金文号以外的各条，每条一项，照原文）",
            new ListShape<>(Scalars.text()));
    private static final Field<List<Text>> DOCUMENTS = Field.optional("documents", "资金文号（备注中「资金文号：」一条，每个文号一项）",
            new ListShape<>(Scalars.text()));
    private static final Field<Integer> DOCUMENTS_ITEM = Field.optional("documents_item",
            "资金文号一条在备注中的序号（不填则为评审意见条数 + 1）", Scalars.count(1, 100))
            .describedAs("原文的备注序号有误（如两条都是 4.）时照原文填写，公开时保留原文的序号。");

    private static final ObjectShape<ReviewLine> LINE = new ObjectShape<>("评审项目",
            List.of(NO, IMPLEMENTER, NAME, PRIOR_BUDGET, PROGRESS, REQUESTED, SCORE, RECOMMENDATION, FINDINGS, DOCUMENTS, DOCUMENTS_ITEM),
            v -> {
                List<Text> findings = v.opt(FINDINGS).orElse(List.of());
                return new ReviewLine(v.get(NO), v.get(IMPLEMENTER), v.get(NAME), v.get(PRIOR_BUDGET), v.get(PROGRESS),
                        v.get(REQUESTED), v.get(SCORE), v.get(RECOMMENDATION), findings, v.opt(DOCUMENTS).orElse(List.of()),
                        v.opt(DOCUMENTS_ITEM).orElse(findings.size() + 1), v.at(NO));
            });

    private static final Field<Amount> TOTAL_REQUESTED = Field.optional("requested", "申报预算资金合计", Scalars.amount());
    private static final Field<Quantity> AVERAGE_SCORE = Field.optional("average_score", "平均得分", Scalars.quantity())
            .describedAs("有最终得分的项目的平均分，保留 2 位小数，四舍五入。");
    private static final Field<ReviewTotals> TOTAL = Field.optional("total", "合计行（照原文填写，check 核对）",
            new ObjectShape<>("合计行", List.of(TOTAL_REQUESTED, AVERAGE_SCORE),
                    v -> new ReviewTotals(v.get(TOTAL_REQUESTED), v.get(AVERAGE_SCORE), v.at())));

    private static final Field<Integer> YEAR = Field.required("year", "评审的预算年度（与所在文件夹相同，如 2021）", Scalars.count(1900, 2099));
    private static final Field<Integer> PRIOR_YEAR = Field.required("prior_year", "上年度（预算下达额度和支出进度所属年度，如 2020）",
            Scalars.count(1900, 2099));
    private static final Field<LocalDate> PROGRESS_DATE = Field.required("progress_date", "支出进度的截止日期（如 2020-10-31）",
            Scalars.date());
    private static final Field<List<ReviewLine>> LINES = Field.required("lines", "评审项目（按公开顺序，每项一行）",
            new ListShape<>(LINE));

    static final ObjectShape<Parsed> ROOT = new ObjectShape<>("budget-review.yaml",
            List.of(FinalAccountsFormat.UNIT, YEAR, FinalAccountsFormat.PUBLISHED, PRIOR_YEAR, PROGRESS_DATE, LINES, TOTAL),
            v -> new Parsed(v.get(FinalAccountsFormat.UNIT), v.get(YEAR), v.at(YEAR), v.get(PRIOR_YEAR), v.get(PROGRESS_DATE),
                    v.get(LINES), v.get(TOTAL), v.get(FinalAccountsFormat.PUBLISHED)));

    private BudgetReviewFormat() {
    }
}
