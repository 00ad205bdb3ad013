package cn.gongkai.content;

import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.content.shape.Values;
import cn.gongkai.model.Amount;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.Column;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One optional amount field per column of a table, keyed and titled from the column enum. */
final class ColumnFields<C extends Enum<C> & Column> {

    private final Class<C> type;
    private final Map<C, Field<Amount>> fields = new LinkedHashMap<>();

    private ColumnFields(Class<C> type, List<C> columns) {
        this.type = type;
        for (C c : columns) {
            fields.put(c, Field.optional(c.key(), c.label(), Scalars.amount()));
        }
    }

    static <C extends Enum<C> & Column> ColumnFields<C> of(Class<C> type) {
        return new ColumnFields<>(type, List.of(type.getEnumConstants()));
    }

    static <C extends Enum<C> & Column> ColumnFields<C> of(Class<C> type, List<C> columns) {
        return new ColumnFields<>(type, columns);
    }

    List<Field<?>> fields() {
        return new ArrayList<>(fields.values());
    }

    Cells<C> cells(Values v) {
        Map<C, Amount> m = new EnumMap<>(type);
        fields.forEach((c, f) -> {
            Amount a = v.get(f);
            if (a != null) m.put(c, a);
        });
        return Cells.of(type, m);
    }

    /** A map holding just these columns, e.g. the 预算数 row of 公开07. */
    ObjectShape<Cells<C>> shape(String title) {
        return new ObjectShape<>(title, fields(), this::cells);
    }
}
