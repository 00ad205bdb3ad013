package cn.gongkai.view.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of numbers in a chart, named as the legend shows it (e.g.「决算数」); a {@code null} value
 * is a blank cell in the source table and draws neither a bar nor a label, so it is never mistaken
 * for zero.
 */
public record ChartSeries(String name, List<BigDecimal> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        if (name.isBlank()) throw new IllegalArgumentException("series name is blank");
        // List.copyOf rejects nulls, and null is a meaningful value here
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static ChartSeries of(String name, BigDecimal... values) {
        return new ChartSeries(name, Arrays.asList(values));
    }
}
