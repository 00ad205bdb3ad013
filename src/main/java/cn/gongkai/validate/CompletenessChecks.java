package cn.gongkai.validate;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Location;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.TableKind;

import java.util.ArrayList;
import java.util.List;

/**
 * What must be published (P01–P04): every table of the year's set (8 up to the 2019 accounts, 9
 * from 2020 unless site.yaml says otherwise), the reason under an empty table and only there, and
 * the parts of 部门概况. (The data 情况说明 needs is checked by {@link FactChecks}.)
 */
final class CompletenessChecks implements Check {

    private final int stateCapitalFrom;

    CompletenessChecks(int stateCapitalFrom) {
        this.stateCapitalFrom = stateCapitalFrom;
    }

    /** The tables a disclosure of {@code year} must publish. */
    List<TableKind> requiredTables(int year) {
        List<TableKind> all = List.of(TableKind.values());
        return year >= stateCapitalFrom ? all : all.subList(0, TableKind.STATE_CAPITAL.ordinal());
    }

    @Override
    public void check(FinalAccounts fa, Report r) {
        Location file = fa.at();
        for (TableKind k : requiredTables(fa.year())) {
            if (fa.tables().get(k).isEmpty()) {
                r.error("P01", file, "缺少" + k.number() + "「" + k.defaultTitle() + "」：" + fa.year() + " 年决算应公开 "
                        + requiredTables(fa.year()).size() + " 张表；没有数据的表也要列出（写 empty_reason 说明理由）");
            }
        }
        for (DisclosureTable t : fa.tables().all()) {
            boolean hasReason = t.meta().emptyReason() != null;
            if (t.isEmpty() && !hasReason) {
                r.error("P02", t.meta().at(), t.kind().number() + "「" + t.meta().title() + "」没有数据，应写明表格为空的理由（empty_reason），"
                        + "如「本部门无政府性基金预算财政拨款收入」");
            } else if (!t.isEmpty() && hasReason) {
                r.error("P03", t.meta().emptyReason().at(), t.kind().number() + "「" + t.meta().title() + "」有数据，却写了表格为空的理由「"
                        + t.meta().emptyReason().value() + "」；请删除 empty_reason 或核对表中数据");
            }
        }
        List<String> missing = new ArrayList<>();
        if (fa.overview().duties().isEmpty()) missing.add("主要职责（overview.duties）");
        if (fa.overview().internalBodies() == null) missing.add("内设机构（overview.internal_bodies）");
        if (fa.overview().units().isEmpty()) missing.add("部门决算单位构成（overview.units）");
        if (fa.overview().staff() == null) missing.add("部门人员情况（overview.staff）");
        if (!missing.isEmpty()) {
            r.error("P04", file, "部门概况缺少：" + String.join("、", missing));
        }
    }
}
