package cn.gongkai.verify;

import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.Recommendation;
import cn.gongkai.model.review.ReviewLine;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** A budget review page against its content: every line's cells, the totals row and the summary's figures. */
final class ReviewCheck {

    private final Checker check;

    ReviewCheck(Checker check) {
        this.check = check;
    }

    void page(String path, Document page, BudgetReview r) {
        List<Element> rows = page.select("table.review tbody tr");
        if (rows.size() != r.lines().size()) {
            check.add(path, "table.review tbody tr", r.lines().size() + " 行", rows.size() + " 行");
        }
        for (int i = 0; i < Math.min(rows.size(), r.lines().size()); i++) line(path, rows.get(i), i + 1, r.lines().get(i));
        String total = "table.review tfoot td[data-col=\"requested\"]";
        check.amount(path, total, r.requestedTotal(), ownText(page.selectFirst(total)));
        String avg = "table.review tfoot td[data-col=\"score\"]";
        check.number(path, avg, r.averageScore().orElse(null), r.averageScore().isPresent() ? ownText(page.selectFirst(avg)) : "");
        for (Element d : page.select("data.fig[data-ref]")) {
            String ref = d.attr("data-ref");
            String sel = "data.fig[data-ref=\"" + ref + "\"]";
            Optional<BigDecimal> expected = figure(r, ref);
            if (expected.isEmpty()) {
                check.add(path, sel, "能从内容算出的数字", "无法识别的引用「" + ref + "」");
                continue;
            }
            int scale = d.hasClass("count") ? 0 : ref.equals("review.average_score") ? BudgetReview.SCORE_DECIMALS : check.decimals();
            BigDecimal e = ref.equals("review.requested_total") ? check.shown(r.requestedTotal()) : expected.get().setScale(scale, RoundingMode.HALF_UP);
            check.number(path, sel, e, d.attr("value"));
            check.number(path, sel + " 的文字", Checker.parse(d.attr("value")), d.text());
        }
    }

    private void line(String path, Element row, int n, ReviewLine l) {
        String at = "table.review tbody tr:nth-child(" + n + ") td";
        check.number(path, at + "[data-col=\"no\"]", BigDecimal.valueOf(l.no()), col(row, "no"));
        check.text(path, "table.review tbody tr:nth-child(" + n + ") [data-col=\"name\"]", l.name().value(), col(row, "name"));
        check.text(path, at + "[data-col=\"implementer\"]", l.implementer().value(), col(row, "implementer"));
        check.amount(path, at + "[data-col=\"prior_year_budget\"]", l.priorYearBudget(), col(row, "prior_year_budget"));
        check.number(path, at + "[data-col=\"progress\"]", l.progress() == null ? null : l.progress().value(),
                col(row, "progress").replace("%", ""));
        check.amount(path, at + "[data-col=\"requested\"]", l.requested(), col(row, "requested"));
        // A line without a score shows a dash that screen readers hear as 无评分: that reads as blank.
        Element score = row.selectFirst("[data-col=score]");
        String printed = score == null ? "（没有这一栏）" : score.select(".visually-hidden").isEmpty() ? score.text() : "";
        check.number(path, at + "[data-col=\"score\"]", l.score() == null ? null : l.score().value(), printed);
        check.text(path, at + "[data-col=\"recommendation\"]", l.recommendation().label(), col(row, "recommendation"));
        List<String> notes = new java.util.ArrayList<>();
        if (!l.findings().isEmpty()) notes.add("评审意见 " + l.findings().size() + " 条");
        if (!l.documents().isEmpty()) notes.add("资金文号 " + l.documents().size() + " 个");
        check.text(path, at + "[data-col=\"notes\"]", String.join("，", notes), col(row, "notes"));
    }

    /** The figures of the summary sentence, computed here from the lines. */
    private static Optional<BigDecimal> figure(BudgetReview r, String ref) {
        if (ref.equals("count(review.lines)")) return Optional.of(BigDecimal.valueOf(r.lines().size()));
        if (ref.equals("count(review.scored)")) return Optional.of(BigDecimal.valueOf(r.lines().stream().filter(l -> l.score() != null).count()));
        if (ref.equals("review.requested_total")) return Optional.of(r.requestedTotal().value());
        if (ref.equals("review.average_score")) {
            List<BigDecimal> scores = r.lines().stream().filter(l -> l.score() != null).map(l -> l.score().value()).toList();
            if (scores.isEmpty()) return Optional.empty();
            return Optional.of(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scores.size()), BudgetReview.SCORE_DECIMALS, RoundingMode.HALF_UP));
        }
        for (Recommendation rec : Recommendation.values()) {
            if (ref.equals("count(review.recommendation." + rec.name() + ")")) {
                return Optional.of(BigDecimal.valueOf(r.lines().stream().filter(l -> l.recommendation() == rec).count()));
            }
        }
        return Optional.empty();
    }

    private static String col(Element row, String col) {
        Element e = row.selectFirst("[data-col=" + col + "]");
        return e == null ? "（没有这一栏）" : e.text();
    }

    /** The cell's own number, without the note under it ("7 个项目的平均分"). */
    private static String ownText(Element e) {
        return e == null ? "（没有这一栏）" : e.ownText();
    }
}
