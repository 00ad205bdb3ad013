package cn.gongkai.render.chart;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

import java.math.BigDecimal;

/**
 * A bar's label is the caller's formatting of the exact amount: the dataset holds the BigDecimal the
 * caller gave (JFreeChart only turns it into a double to draw the bar), so the label never shows a
 * binary rounding artefact.
 */
final class FormattedValueLabels implements CategoryItemLabelGenerator {

    private final ValueFormat format;

    FormattedValueLabels(ValueFormat format) {
        this.format = format;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number value = dataset.getValue(row, column);
        return value == null ? null : format.format((BigDecimal) value);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }
}
