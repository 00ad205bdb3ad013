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
 */
public record CodedRow<K extends ClassificationCode, C extends Enum<C> & Column>(
        K code, String name, Text givenName, Cells<C> cells, Text remark, Location at, boolean computed) {

    public CodedRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(at, "at");
    }

    public Optional<Text> givenNameOpt() {
        return Optional.ofNullable(givenName);
    }

    public Optional<Text> remarkOpt() {
        return Optional.ofNullable(remark);
    }
}
