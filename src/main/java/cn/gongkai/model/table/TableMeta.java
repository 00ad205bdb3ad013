package cn.gongkai.model.table;

import cn.gongkai.model.Location;
import cn.gongkai.model.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * What every published table carries besides its numbers: which table it is, its title as
 * published, the 注 printed under it, and, for a table published empty, the reason (表格为空的理由).
 */
public record TableMeta(TableKind kind, String title, Location at, Text note, Text emptyReason) {

    public TableMeta {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
    }

    public Optional<Text> noteOpt() {
        return Optional.ofNullable(note);
    }

    public Optional<Text> emptyReasonOpt() {
        return Optional.ofNullable(emptyReason);
    }
}
