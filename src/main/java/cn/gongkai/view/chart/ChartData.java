package cn.gongkai.view.chart;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a chart shows, and nothing about how: the page decides where it goes, the renderer how
 * it looks. {@code summary} is the one-sentence text alternative a screen reader reads instead of
 * the bars; {@code valueAxisLabel} names the unit (e.g.「金额（万元）」) because a bar without a unit
 * says nothing. {@code id} becomes the prefix of every id inside the SVG, so charts inlined in one
 * page never share an id.
 */
public record ChartData(String id, ChartKind kind, String title, String summary, String valueAxisLabel,
                        List<String> categories, List<ChartSeries> series) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    public ChartData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id must match [a-z0-9-]+: " + id);
        }
        if (title.isBlank() || summary.isBlank()) {
            throw new IllegalArgumentException("chart " + id + ": title and summary are required");
        }
        if (categories.isEmpty()) throw new IllegalArgumentException("chart " + id + ": no categories");
        if (!kind.allowsSeries(series.size())) {
            throw new IllegalArgumentException("chart " + id + ": " + kind + " cannot show " + series.size() + " series");
        }
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + id + ": series「" + s.name() + "」has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * SHA-256 (hex) of every field, so a caller can cache the drawn chart; equal data gives an equal
     * hash on any machine. Values keep their scale (1.0 and 1.00 differ) because a caller's formatter
     * may print them differently. The drawing also depends on the renderer's value format and fonts,
     * which a cache key must add.
     */
    public String contentHash() {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, "chart-v1");
        field(canonical, id);
        field(canonical, kind.name());
        field(canonical, title);
        field(canonical, summary);
        field(canonical, valueAxisLabel);
        canonical.append(categories.size()).append('[');
        categories.forEach(c -> field(canonical, c));
        canonical.append(series.size()).append('[');
        for (ChartSeries s : series) {
            field(canonical, s.name());
            for (BigDecimal v : s.values()) field(canonical, v == null ? null : v.toString());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Length-prefixed, so no choice of text can make two different charts read the same. */
    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }
}
