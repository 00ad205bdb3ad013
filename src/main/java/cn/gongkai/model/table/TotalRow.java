package cn.gongkai.model.table;

import cn.gongkai.model.Location;

import java.util.Objects;

/** The 合计 row of a table: given by the editor (kept as written) or computed from the 类 rows. */
public record TotalRow<C extends Enum<C> & Column>(Cells<C> cells, Location at, boolean computed) {

    public TotalRow {
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(at, "at");
    }
}
