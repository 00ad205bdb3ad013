package cn.gongkai.content;

import cn.gongkai.content.shape.ReadContext;
import cn.gongkai.model.Catalog;
import cn.gongkai.model.ClassificationCode;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Text;

/**
 * What a table draft needs to become a model table: the year's catalog (for row names), the
 * file's unit, and where to report problems.
 */
final class Resolver {

    private final Catalog catalog;
    private final ReadContext ctx;

    Resolver(Catalog catalog, ReadContext ctx) {
        this.catalog = catalog;
        this.ctx = ctx;
    }

    MoneyUnit unit() {
        return ctx.unit();
    }

    int year() {
        return catalog.year();
    }

    Catalog catalog() {
        return catalog;
    }

    /**
     * The row name as published: the editor's, or the catalog's. A code the catalog lacks with no
     * name given is an error (CODE01); the returned placeholder is never published because the
     * build stops.
     */
    String name(ClassificationCode code, Text given, Location at) {
        if (given != null) return given.value();
        return catalog.name(code).orElseGet(() -> {
            ctx.report(Finding.error("CODE01", at, "科目编码 " + code.digits() + " 不在 " + catalog.year()
                    + " 年政府收支分类科目中，且未写科目名称：请核对编码，或在该行写明 name（科目名称）",
                    "目录中的科目编码或写明的科目名称", code.digits()));
            return code.digits();
        });
    }

    void report(Finding f) {
        ctx.report(f);
    }
}
