package cn.gongkai.model.review;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Location;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;

import java.util.List;
import java.util.Objects;

/**
 * One project of a review list, as published: 序号, 实施单位, 项目名称, last year's budget and its
 * spending progress (percent), the amount requested, the final score (absent for 基本支出, which is
 * not scored), the recommendation, and 备注 split into the reviewers' findings and the 资金文号 the
 * request rests on. {@code documentsItem} is the number the 资金文号 item carries in 备注, kept
 * because the published numbering can repeat a number. {@code at} is where its 序号 is written.
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
