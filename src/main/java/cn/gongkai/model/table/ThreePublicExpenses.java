package cn.gongkai.model.table;

import java.util.List;

/** 公开07 “三公”经费及会议费、培训费支出决算表: the 预算数 row and the 决算数 row. */
public record ThreePublicExpenses(TableMeta meta, Cells<ThreePublicColumn> budget, Cells<ThreePublicColumn> actual)
        implements DisclosureTable {

    @Override
    public boolean isEmpty() {
        return !budget.hasNonZero() && !actual.hasNonZero();
    }

    @Override
    public List<? extends CodedRow<?, ?>> rows() {
        return List.of();
    }
}
