package cn.gongkai.model.table;

import cn.gongkai.model.ClassificationCode;
import cn.gongkai.model.Location;
import cn.gongkai.model.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of a classified table: a classification code, the row name as published, its amounts,
 * and an optional 备注. {@code givenName} is the name the editor wrote (absent when the catalog's
 * name is used); {@code computed} marks a parent row the editor left out and the loader summed.
 *
 * <p>A class rather than a record with a {@link Location}, as {@link cn.gongkai.model.Amount}: a
 * site of 10,000 disclosures holds 1.2 million rows.
 */
public final class CodedRow<K extends ClassificationCode, C extends Enum<C> & Column> {

    private final K code;
    private final String name;
    private final Text givenName;
    private final Cells<C> cells;
    private final Text remark;
    private final String file;
    private final int line;
    private final int column;
    private final boolean computed;

    public CodedRow(K code, String name, Text givenName, Cells<C> cells, Text remark, Location at, boolean computed) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.givenName = givenName;
        this.cells = Objects.requireNonNull(cells, "cells");
        this.remark = remark;
        Objects.requireNonNull(at, "at");
        this.file = at.file();
        this.line = at.line();
        this.column = at.column();
        this.computed = computed;
    }

    public K code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Text givenName() {
        return givenName;
    }

    public Cells<C> cells() {
        return cells;
    }

    public Text remark() {
        return remark;
    }

    public Location at() {
        return new Location(file, line, column);
    }

    public boolean computed() {
        return computed;
    }

    public Optional<Text> givenNameOpt() {
        return Optional.ofNullable(givenName);
    }

    public Optional<Text> remarkOpt() {
        return Optional.ofNullable(remark);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodedRow<?, ?> r && code.equals(r.code) && name.equals(r.name) && Objects.equals(givenName, r.givenName)
                && cells.equals(r.cells) && Objects.equals(remark, r.remark) && file.equals(r.file) && line == r.line
                && column == r.column && computed == r.computed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, givenName, cells, remark, file, line, column, computed);
    }

    @Override
    public String toString() {
        return "CodedRow[code=" + code + ", name=" + name + ", at=" + at() + ", computed=" + computed + "]";
    }
}
