package cn.gongkai.verify;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.model.table.DisclosureTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The download files linked from a page against the content: each table's CSV (the rows of the
 * published table) and JSON (every amount by row and column), the review list's CSV and JSON, and
 * each Fiscal Data Package's data (one row per amount; per table, or per phase, the amounts in 元
 * add up to the content's).
 */
final class DownloadCheck {

    /** Numbers read exactly, as written: 18493654.50 stays 18493654.50, not a double. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private final Checker check;
    private final Path root;
    private int files;

    DownloadCheck(Checker check, Path root) {
        this.check = check;
        this.root = root;
    }

    int files() {
        return files;
    }

    void finalAccounts(String path, Document page, FinalAccounts fa) {
        Map<String, BigDecimal> yuanByTable = new HashMap<>();
        Map<String, Integer> cellsByTable = new HashMap<>();
        for (DisclosureTable t : fa.tables().all()) {
            String id = t.kind().slug();
            Element section = page.selectFirst("section#" + id);
            if (section == null) continue; // reported by the table check
            Map<String, Amount> model = ModelCells.of(t);
            Path csv = linked(path, section, "section#" + id + " .downloads a[type=\"text/csv\"]");
            if (csv != null) tableCsv(path, csv, section);
            Path json = linked(path, section, "section#" + id + " .downloads a[type=\"application/json\"]");
            if (json != null) tableJson(json, model);
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (Amount a : model.values()) {
                if (a == null) continue;
                sum = sum.add(check.shown(a).multiply(check.unitFor(a.unit()).inYuan()));
                count++;
            }
            yuanByTable.put(t.kind().number(), sum);
            cellsByTable.put(t.kind().number(), count);
        }
        Path data = linked(path, page, ".downloads.package a[type=\"text/csv\"]");
        if (data != null) fiscalData(data, "table", yuanByTable, cellsByTable);
        linked(path, page, ".downloads.package a[type=\"application/json\"]");
    }

    /** The CSV's rows after the header are the published table's rows, amounts without separators. */
    private void tableCsv(String path, Path csv, Element section) {
        List<List<String>> rows = read(csv);
        if (rows == null) return;
        List<Element> trs = section.select("table.fin tbody tr");
        String where = rel(csv);
        if (rows.size() - 1 != trs.size()) check.add(where, "行数", trs.size() + " 行（网页上的表）", (rows.size() - 1) + " 行");
        for (int i = 0; i < Math.min(trs.size(), rows.size() - 1); i++) {
            List<String> html = new ArrayList<>();
            for (Element cell : trs.get(i).select("th, td")) {
                String text = cell.hasClass("num") ? cell.text().replace(",", "") : cell.text();
                int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                for (int k = 0; k < span; k++) html.add(k == 0 ? text : "");
            }
            check.text(where, "第 " + (i + 2) + " 行（与网页上的表比较）", String.join(",", html), String.join(",", rows.get(i + 1)));
        }
    }

    /** The JSON's cells are exactly the model's amounts. */
    private void tableJson(Path json, Map<String, Amount> model) {
        JsonNode doc = readJson(json);
        if (doc == null) return;
        String where = rel(json);
        Map<String, String> shown = new HashMap<>();
        for (JsonNode c : doc.path("cells")) shown.put(c.path("row").asText() + "|" + c.path("column").asText(), num(c.path("value")));
        for (Map.Entry<String, Amount> e : model.entrySet()) {
            if (e.getValue() == null) continue;
            check.number(where, "cells " + e.getKey(), check.shown(e.getValue()), shown.getOrDefault(e.getKey(), ""));
        }
        for (String key : shown.keySet()) {
            if (model.get(key) == null) check.add(where, "cells " + key, "没有这个单元格（内容中为空白）", shown.get(key));
        }
    }

    void review(String path, Document page, BudgetReview r) {
        Path csv = linked(path, page, ".downloads.package a[href$=\"review.csv\"]");
        if (csv != null) reviewCsv(csv, r);
        Path json = linked(path, page, ".downloads.package a[href$=\"review.json\"]");
        if (json != null) reviewJson(json, r);
        Path data = linked(path, page, ".downloads.package a[href$=\"fiscal-data.csv\"]");
        if (data != null) {
            Map<String, BigDecimal> yuan = new HashMap<>();
            Map<String, Integer> count = new HashMap<>();
            for (ReviewLine l : r.lines()) {
                add(yuan, count, "proposed", l.requested());
                if (l.priorYearBudget() != null) add(yuan, count, "approved", l.priorYearBudget());
            }
            fiscalData(data, "phase_id", yuan, count);
        }
        linked(path, page, ".downloads.package a[href$=\"datapackage.json\"]");
    }

    private void add(Map<String, BigDecimal> yuan, Map<String, Integer> count, String key, Amount a) {
        yuan.merge(key, check.shown(a).multiply(check.unitFor(a.unit()).inYuan()), BigDecimal::add);
        count.merge(key, 1, Integer::sum);
    }

    private void reviewCsv(Path csv, BudgetReview r) {
        List<List<String>> rows = read(csv);
        if (rows == null) return;
        String where = rel(csv);
        if (rows.size() != r.lines().size() + 2) check.add(where, "行数", (r.lines().size() + 2) + " 行（表头、各项目、合计）", rows.size() + " 行");
        for (int i = 0; i < Math.min(r.lines().size(), rows.size() - 1); i++) {
            ReviewLine l = r.lines().get(i);
            List<String> row = rows.get(i + 1);
            String at = "第 " + (i + 2) + " 行";
            check.number(where, at + " 序号", java.math.BigDecimal.valueOf(l.no()), cell(row, 0));
            check.text(where, at + " 项目名称", l.name().value(), cell(row, 2));
            check.text(where, at + " 实施单位", l.implementer().value(), cell(row, 1));
            check.amount(where, at + " 上年预算下达额度", l.priorYearBudget(), cell(row, 3));
            check.number(where, at + " 支出进度", l.progress() == null ? null : l.progress().value(), cell(row, 4).replace("%", ""));
            check.amount(where, at + " 申报预算资金", l.requested(), cell(row, 5));
            check.number(where, at + " 最终得分", l.score() == null ? null : l.score().value(), cell(row, 6));
            check.text(where, at + " 预算资金安排建议", l.recommendation().label(), cell(row, 7));
        }
        if (!rows.isEmpty()) {
            List<String> total = rows.get(rows.size() - 1);
            check.amount(where, "合计行 申报预算资金", r.requestedTotal(), cell(total, 5));
            check.number(where, "合计行 平均得分", r.averageScore().orElse(null), cell(total, 6));
        }
    }

    private void reviewJson(Path json, BudgetReview r) {
        JsonNode doc = readJson(json);
        if (doc == null) return;
        String where = rel(json);
        JsonNode lines = doc.path("lines");
        if (lines.size() != r.lines().size()) check.add(where, "lines", r.lines().size() + " 项", lines.size() + " 项");
        for (int i = 0; i < Math.min(lines.size(), r.lines().size()); i++) {
            ReviewLine l = r.lines().get(i);
            JsonNode j = lines.get(i);
            check.text(where, "lines[" + i + "].name", l.name().value(), j.path("name").asText());
            check.amount(where, "lines[" + i + "].requested", l.requested(), num(j.path("requested")));
            check.amount(where, "lines[" + i + "].prior_year_budget", l.priorYearBudget(), num(j.path("prior_year_budget")));
            check.number(where, "lines[" + i + "].progress_percent", l.progress() == null ? null : l.progress().value(),
                    num(j.path("progress_percent")));
            check.number(where, "lines[" + i + "].score", l.score() == null ? null : l.score().value(), num(j.path("score")));
            check.number(where, "lines[" + i + "].findings 条数", BigDecimal.valueOf(l.findings().size()), String.valueOf(j.path("findings").size()));
        }
        JsonNode totals = doc.path("totals");
        check.amount(where, "totals.requested", r.requestedTotal(), num(totals.path("requested")));
        check.number(where, "totals.average_score", r.averageScore().orElse(null),
                num(totals.path("average_score")));
    }

    /** A Fiscal Data Package's data file: per value of {@code groupColumn}, how many rows and the sum of amount in 元. */
    private void fiscalData(Path data, String groupColumn, Map<String, BigDecimal> yuan, Map<String, Integer> count) {
        List<List<String>> rows = read(data);
        if (rows == null || rows.isEmpty()) return;
        String where = rel(data);
        List<String> header = rows.get(0);
        int group = header.indexOf(groupColumn);
        int amount = header.indexOf("amount");
        if (group < 0 || amount < 0) {
            check.add(where, "表头", groupColumn + " 和 amount 两栏", String.join(",", header));
            return;
        }
        Map<String, BigDecimal> foundSum = new HashMap<>();
        Map<String, Integer> foundCount = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            BigDecimal v = Checker.parse(cell(row, amount));
            if (v == null) {
                check.add(where, "amount", "数字", cell(row, amount));
                continue;
            }
            foundSum.merge(cell(row, group), v, BigDecimal::add);
            foundCount.merge(cell(row, group), 1, Integer::sum);
        }
        for (String key : yuan.keySet()) {
            check.number(where, groupColumn + "=" + key + " 的行数", BigDecimal.valueOf(count.get(key)),
                    String.valueOf(foundCount.getOrDefault(key, 0)));
            check.number(where, groupColumn + "=" + key + " 的 amount 合计（元）", yuan.get(key),
                    foundSum.getOrDefault(key, BigDecimal.ZERO).toPlainString());
        }
        for (String key : foundCount.keySet()) {
            if (!yuan.containsKey(key)) check.add(where, groupColumn + "=" + key, "没有这些行", foundCount.get(key) + " 行");
        }
    }

    /** The file a page's link points at, or null (and a mismatch) when the link or the file is missing. */
    private Path linked(String page, Element scope, String selector) {
        Element a = scope.selectFirst(selector.replaceFirst("^section#[^ ]+ ", ""));
        if (a == null) {
            check.add(page, selector, "下载链接", "没有");
            return null;
        }
        Path base = root.resolve(page).getParent();
        Path file = (base == null ? root : base).resolve(a.attr("href")).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            check.add(page, selector, "下载文件 " + a.attr("href"), "文件不存在");
            return null;
        }
        files++;
        return file;
    }

    private List<List<String>> read(Path csv) {
        try {
            return CsvFile.read(csv).rows();
        } catch (IOException e) {
            check.add(rel(csv), "文件", "可读的 CSV", e.getMessage());
            return null;
        }
    }

    private JsonNode readJson(Path json) {
        try {
            return JSON.readTree(json.toFile());
        } catch (IOException e) {
            check.add(rel(json), "文件", "可读的 JSON", e.getMessage());
            return null;
        }
    }

    /** A JSON value as printed text: numbers exactly, null or missing as blank. */
    private static String num(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "";
        return n.isNumber() ? n.decimalValue().toPlainString() : n.asText();
    }

    private String rel(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }
}
