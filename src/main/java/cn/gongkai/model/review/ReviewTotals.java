package cn.gongkai.model.review;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Location;
import cn.gongkai.model.Quantity;

/** The totals row as published under a review list (申报合计, 平均得分); either may be absent. */
public record ReviewTotals(Amount requested, Quantity averageScore, Location at) {
}
