package cn.gongkai.model;

import java.util.OptionalInt;

/**
 * One row of a versioned classification catalog: a code's name for a range of years, and for a
 * function 类 the numbered line it takes on the summary tables (公开01/公开04).
 */
public record CatalogEntry(String code, String name, int firstYear, int lastYear, OptionalInt summaryLine) {

    public boolean validIn(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
