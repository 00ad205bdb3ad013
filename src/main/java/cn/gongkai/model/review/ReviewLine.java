package cn.gongkai.model.review;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Location;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;

import java.util.List;
import java.util.Objects;

/**
 * One project of a review list as published, its 备注 split into the reviewers' findings and the
 * 资金文号 the request rests on, so each can be listed on its own.
 *
 * @param progress      spending progress of the prior year's budget, in percent; null where blank
 * @param score         the final score; null for lines not scored (基本支出, printed "-")
 * @param documentsItem the number the 资金文号 item carries in 备注, kept because lists repeat numbers
 * @param at            where its 序号 is written
 */
public record ReviewLine(int no, Text implementer, Text name, Amount priorYearBudget, Quantity progress, Amount requested,
                         Quantity score, Recommendation recommendation, List<Text> findings, List<Text> documents,
                         int documentsItem, Location at) {

    public ReviewLine {
        Objects.requireNonNull(implementer, "implementer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(at, "at");
        findings = List.copyOf(findings);
        documents = List.copyOf(documents);
    }
}
