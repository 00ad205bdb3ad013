package cn.gongkai.view;

import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Text;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.Recommendation;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartKind;
import cn.gongkai.view.chart.ChartSeries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the page of one budget review result, with its column headers and totals computed from the model. */
public final class BudgetReviewViews {

    private final AmountFormat format;

    public BudgetReviewViews(AmountFormat format) {
        this.format = format;
    }

    public BudgetReviewView view(BudgetReview review) {
        MoneyUnit unit = format.unitFor(review.unit());
        List<BudgetReviewView.Line> lines = review.lines().stream().map(this::line).toList();
        BudgetReviewView.Totals totals = new BudgetReviewView.Totals(format.format(review.requestedTotal()),
                review.averageScore().map(BigDecimal::toPlainString).orElse(null), review.scored().size());
        LocalDate asOf = review.progressDate();
        return new BudgetReviewView(review.displayTitle(), review.year(), review.priorYear(), review.department().slug(),
                review.department().name().value(), unit.label(), summary(review, unit),
                review.priorYear() + " 年预算下达额度",
                "截至 " + asOf.getYear() + " 年 " + asOf.getMonthValue() + " 月 " + asOf.getDayOfMonth() + " 日支出进度",
                review.year() + " 年度申报预算资金", lines, totals, charts(review, unit),
                new BudgetReviewView.Downloads(TableViews.DOWNLOADS + "review.csv", TableViews.DOWNLOADS + "review.json",
                        TableViews.DOWNLOADS + "datapackage.json", TableViews.DOWNLOADS + "fiscal-data.csv"));
    }

    /** Requested amount per project (largest first reads best in a list of 12), and how the scores spread over 10-point bands. */
    private List<ChartView> charts(BudgetReview review, MoneyUnit unit) {
        List<ChartView> out = new ArrayList<>();
        if (review.lines().isEmpty()) return out;
        List<String> names = review.lines().stream().map(l -> l.no() + ". " + l.name().value()).toList();
        List<BigDecimal> requested = review.lines().stream().map(l -> l.requested() == null ? BigDecimal.ZERO : l.requested().valueIn(unit)).toList();
        out.add(new ChartViews(format).single("chart-review-requested", "各项目" + review.year() + " 年度申报预算资金", "review-list",
                "评审结果清单", names, requested, "申报预算资金", "金额（" + unit.label() + "）"));
        List<ReviewLine> scored = review.scored();
        if (!scored.isEmpty()) out.add(scores(review, scored));
        return out;
    }

    /** The score bands: below 60, then each 10 points, with 100 in the top band. */
    private static final int[] BAND_FLOORS = {0, 60, 70, 80, 90};
    private static final List<String> BAND_LABELS = List.of("60 分以下", "60–70 分", "70–80 分", "80–90 分", "90–100 分");

    private static ChartView scores(BudgetReview review, List<ReviewLine> scored) {
        int[] counts = new int[BAND_FLOORS.length];
        for (ReviewLine l : scored) {
            int band = 0;
            for (int b = 0; b < BAND_FLOORS.length; b++) {
                if (l.score().value().compareTo(BigDecimal.valueOf(BAND_FLOORS[b])) >= 0) band = b;
            }
            counts[band]++;
        }
        int top = 0;
        for (int b = 1; b < counts.length; b++) if (counts[b] > counts[top]) top = b;
        int unscored = review.lines().size() - scored.size();
        String summary = scored.size() + " 个有最终得分的项目中，" + BAND_LABELS.get(top) + "的最多，有 " + counts[top] + " 个"
                + (counts[0] > 0 ? "；60 分以下的 " + counts[0] + " 个" : "；没有 60 分以下的项目")
                + (unscored > 0 ? "；另有 " + unscored + " 个项目没有评分" : "") + "。";
        List<BigDecimal> values = java.util.Arrays.stream(counts).mapToObj(BigDecimal::valueOf).toList();
        ChartData data = new ChartData("chart-review-scores", ChartKind.VERTICAL_BAR, "最终得分分布", summary, "项目个数", BAND_LABELS,
                List.of(new ChartSeries("项目个数", values)));
        return ChartViews.view(data, data.title(), summary, "review-list", "评审结果清单", 0, List.of("项目个数"), BAND_LABELS,
                List.of(values), BigDecimal::toPlainString);
    }

    private BudgetReviewView.Line line(ReviewLine l) {
        String progress = l.progress() == null ? "" : l.progress().value().toPlainString() + "%";
        String score = l.score() == null ? null : l.score().value().toPlainString();
        return new BudgetReviewView.Line("line-" + l.no(), l.no(), l.implementer().value(), l.name().value(),
                format.format(l.priorYearBudget()), progress, format.format(l.requested()), score, l.recommendation().label(),
                notesSummary(l), texts(l.findings()), texts(l.documents()), l.documentsItem());
    }

    /** "评审意见 3 条，资金文号 2 个": what the line's section holds, for the 备注 column. */
    private static String notesSummary(ReviewLine l) {
        List<String> parts = new ArrayList<>();
        if (!l.findings().isEmpty()) parts.add("评审意见 " + l.findings().size() + " 条");
        if (!l.documents().isEmpty()) parts.add("资金文号 " + l.documents().size() + " 个");
        return String.join("，", parts);
    }

    /**
     * "共 12 个项目，2021 年度申报预算资金合计 18,493,654.50 元；其中 7 个项目有最终得分，平均得分 73.84 分。
     * 预算资金安排建议为「予以安排预算」的 11 个、……。"
     */
    private String summary(BudgetReview review, MoneyUnit unit) {
        Prose p = new Prose(format, unit);
        p.text("共 ").count(review.lines().size(), "count(review.lines)").text(" 个项目，" + review.year() + " 年度申报预算资金合计 ")
                .money(review.requestedTotal(), "review.requested_total");
        review.averageScore().ifPresent(avg -> p.text("；其中 ").count(review.scored().size(), "count(review.scored)")
                .text(" 个项目有最终得分，平均得分 ").number(avg, "review.average_score").text(" 分"));
        p.end();
        if (review.lines().isEmpty()) return p.html();
        p.text("预算资金安排建议为");
        String separator = "";
        for (Recommendation r : Recommendation.values()) {
            long n = review.lines().stream().filter(l -> l.recommendation() == r).count();
            if (n == 0) continue;
            p.text(separator + "「" + r.label() + "」的 ").count((int) n, "count(review.recommendation." + r.name() + ")").text(" 个");
            separator = "、";
        }
        return p.end().html();
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().map(Text::value).toList();
    }
}
