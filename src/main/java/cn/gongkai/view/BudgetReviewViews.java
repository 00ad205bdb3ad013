package cn.gongkai.view;

import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Text;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.Recommendation;
import cn.gongkai.model.review.ReviewLine;

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
        return new BudgetReviewView(review.displayTitle(), review.department().name().value(), unit.label(), summary(review, unit),
                review.priorYear() + " 年预算下达额度",
                "截至 " + asOf.getYear() + " 年 " + asOf.getMonthValue() + " 月 " + asOf.getDayOfMonth() + " 日支出进度",
                review.year() + " 年度申报预算资金", lines, totals);
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
