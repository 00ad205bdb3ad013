package cn.gongkai.validate;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.DisclosureTable;

import java.util.function.IntFunction;

/**
 * CODE02: a row name that differs from the year's classification catalog. The name as written is
 * published (editors copy the finance office's sheet); the difference is worth a look.
 */
final class CodeChecks implements Check {

    private final IntFunction<Catalog> catalogs;

    CodeChecks(IntFunction<Catalog> catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public void check(FinalAccounts fa, Report r) {
        Catalog catalog = catalogs.apply(fa.year());
        for (DisclosureTable t : fa.tables().all()) {
            for (CodedRow<?, ?> row : t.rows()) {
                if (row.givenName() == null) continue;
                catalog.name(row.code()).ifPresent(official -> {
                    if (!normalise(official).equals(normalise(row.givenName().value()))) {
                        r.add(Finding.warning("CODE02", row.givenName().at(), t.kind().number() + " 科目 " + row.code().digits()
                                + " 的名称「" + row.givenName().value() + "」与 " + fa.year() + " 年政府收支分类科目「" + official + "」不同；"
                                + "如为笔误请改正，如系原表写法可保留", official, row.givenName().value()));
                    }
                });
            }
        }
    }

    /** Names printed across lines or with half-width brackets are the same name. */
    private static String normalise(String s) {
        return s.replaceAll("\\s+", "").replace('(', '（').replace(')', '）');
    }
}
