package cn.gongkai.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 000 (安宁市政务服务管理局 2021 年度预算评审结果) read from the text file itself, so tests compare
 * the YAML and the published page with the source document rather than with numbers copied by hand.
 */
public final class ReviewSeed {

    public static final String FILE = "000_e4336e13bf2a3669.txt";

    /** One line as printed: amounts with their thousands separators, progress without "%", null where blank. */
    public record Line(int no, String implementer, String name, String priorBudget, String progress, String requested,
                       String score, String recommendation, List<Item> notes) {

        /** The 备注 items other than 资金文号, in order. */
        public List<String> findings() {
            return notes.stream().filter(i -> !i.isDocuments()).map(Item::text).toList();
        }

        /** The 资金文号 item split at 、. */
        public List<String> documents() {
            return notes.stream().filter(Item::isDocuments).findFirst()
                    .map(i -> List.of(i.text().substring(DOCUMENTS.length()).split("、"))).orElse(List.of());
        }

        /** The number the 资金文号 item carries, or 0 when there is none. */
        public int documentsItem() {
            return notes.stream().filter(Item::isDocuments).mapToInt(Item::number).findFirst().orElse(0);
        }
    }

    /** A numbered 备注 item: "1.绩效目标……；" → (1, "绩效目标……；"). */
    public record Item(int number, String text) {
        boolean isDocuments() {
            return text.startsWith(DOCUMENTS);
        }
    }

    /** The totals row as printed. */
    public record Totals(String requested, String averageScore) {
    }

    private static final String DOCUMENTS = "资金文号：";
    /** "序号 实施单位 项目名称 [上年预算] [进度%] 申报预算 得分|- 建议", its 备注 wrapped over the lines below it. */
    private static final Pattern ROW = Pattern.compile("(\\d+) (\\S+) (\\S+) (.+) (\\S+)");
    private static final Pattern TOTALS = Pattern.compile("([0-9,]+\\.[0-9]{2})\\s+([0-9.]+)\\s*");
    /** An item number starts the 备注 or follows the end of the previous item (；or 。), so "895656.3元" is not one. */
    private static final Pattern ITEM = Pattern.compile("(?:^|(?<=[；。]))(\\d+)\\.");

    private final List<Line> lines = new ArrayList<>();
    private Totals totals;

    private ReviewSeed(String text) {
        String[] no = null;
        StringBuilder notes = new StringBuilder();
        for (String raw : text.split("\n")) {
            Matcher totalsRow = TOTALS.matcher(raw);
            Matcher row = ROW.matcher(raw);
            if (totalsRow.matches()) {
                totals = new Totals(totalsRow.group(1), totalsRow.group(2));
            } else if (row.matches()) {
                if (no != null) add(no, notes.toString());
                no = new String[]{row.group(1), row.group(2), row.group(3), row.group(4), row.group(5)};
                notes.setLength(0);
            } else if (no != null && totals == null) {
                notes.append(raw.strip());
            }
        }
        if (no != null) add(no, notes.toString());
    }

    public static ReviewSeed read() {
        return new ReviewSeed(Sample.seed(FILE));
    }

    public List<Line> lines() {
        return lines;
    }

    public Totals totals() {
        return totals;
    }

    /** The printed amount or score as a number: "1,000,000.00" → 1000000.00. */
    public static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    private void add(String[] row, String notes) {
        List<String> values = List.of(row[3].split("\\s+"));
        String score = values.get(values.size() - 1);
        String requested = values.get(values.size() - 2);
        String prior = null;
        String progress = null;
        for (String v : values.subList(0, values.size() - 2)) {
            if (v.endsWith("%")) progress = v.substring(0, v.length() - 1);
            else prior = v;
        }
        lines.add(new Line(Integer.parseInt(row[0]), row[1], row[2], prior, progress, requested, score.equals("-") ? null : score,
                row[4], items(notes)));
    }

    private static List<Item> items(String notes) {
        List<Item> out = new ArrayList<>();
        Matcher m = ITEM.matcher(notes);
        int number = 0;
        int start = -1;
        while (m.find()) {
            if (start >= 0) out.add(new Item(number, notes.substring(start, m.start())));
            number = Integer.parseInt(m.group(1));
            start = m.end();
        }
        if (start >= 0) out.add(new Item(number, notes.substring(start)));
        return out;
    }
}
