package cn.gongkai.render.data;

import cn.gongkai.view.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A disclosure as a Fiscal Data Package (Frictionless, v1.0rc1, columnTypes from its budget taxonomy): {@code datapackage.json} describing
 * a long-format {@code fiscal-data.csv} with one row per published amount — fiscal year,
 * department, table, functional or economic classification by level, fund, phase (决算/预算),
 * direction (收入/支出), what was measured, the amount in 元 and the currency — each column tagged
 * with its fiscal {@code columnType}.
 */
public final class FiscalDataPackage {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    /** Rows of 公开01/04 on the income side. */
    private static final Set<String> INCOME_ROWS = Set.of("general_budget", "government_fund", "state_capital", "superior_subsidy",
            "business", "operating", "affiliated", "other", "income_total", "business_fund_offset", "opening_balance", "income_grand_total");
    /** A row keyed by its classification code (2010301), not by a line name; compiled once, it is asked of every amount. */
    private static final Pattern CODE = Pattern.compile("[0-9]{3,7}");
    /** The "1、" before a line's label. */
    private static final Pattern LINE_NUMBER = Pattern.compile("^[0-9]+、");

    /** Column name, data type, fiscal columnType (null: unmapped), Chinese title. */
    record FieldDef(String name, String type, String columnType, String title) {
    }

    private static final List<FieldDef> FIELDS = List.of(
            new FieldDef("fiscal_year", "integer", "date:fiscal-year", "年度"),
            new FieldDef("department_code", "string", "administrative-classification:generic:level1:code", "部门标识"),
            new FieldDef("department", "string", "administrative-classification:generic:level1:label", "部门"),
            new FieldDef("table", "string", null, "公开表"),
            new FieldDef("row", "string", null, "行"),
            new FieldDef("functional_class_code", "string", "functional-classification:generic:level1:code", "功能分类类级编码"),
            new FieldDef("functional_class", "string", "functional-classification:generic:level1:label", "功能分类类级名称"),
            new FieldDef("functional_item_code", "string", "functional-classification:generic:level2:code", "功能分类款级编码"),
            new FieldDef("functional_item", "string", "functional-classification:generic:level2:label", "功能分类款级名称"),
            new FieldDef("functional_subitem_code", "string", "functional-classification:generic:level3:code", "功能分类项级编码"),
            new FieldDef("functional_subitem", "string", "functional-classification:generic:level3:label", "功能分类项级名称"),
            new FieldDef("economic_class_code", "string", "economic-classification:generic:level1:code", "经济分类类级编码"),
            new FieldDef("economic_class", "string", "economic-classification:generic:level1:label", "经济分类类级名称"),
            new FieldDef("economic_item_code", "string", "economic-classification:generic:level2:code", "经济分类款级编码"),
            new FieldDef("economic_item", "string", "economic-classification:generic:level2:label", "经济分类款级名称"),
            new FieldDef("fund", "string", "fin-source:generic:label", "资金性质"),
            new FieldDef("phase_id", "string", "phase:id", "阶段标识（approved 预算，executed 决算）"),
            new FieldDef("phase", "string", "phase:label", "阶段（预算/决算）"),
            new FieldDef("direction", "string", "direction", "收支方向"),
            new FieldDef("measure", "string", "value-kind:label", "项目（表中的栏目）"),
            new FieldDef("amount", "number", "value", "金额（元）"),
            new FieldDef("currency", "string", "value-currency:code", "币种"));

    private FiscalDataPackage() {
    }

    /** The long-format data file. */
    public static byte[] data(List<TableView> tables, String departmentCode, String department, int year) {
        Csv csv = new Csv();
        csv.row(FIELDS.stream().map(FieldDef::name).toList());
        for (TableView t : tables) {
            Map<String, String> names = rowNames(t);
            List<String> columns = TableGrid.columnLabels(t);
            // A line per amount, 22 fields: those of the table and of the row are the same for many lines
            // and are encoded once for each (the data package was 8% of a 1,000 department-year build).
            String table = Csv.fields(List.of(String.valueOf(year), departmentCode, department, t.number()));
            for (TableView.Row row : t.body()) {
                String rowId = null;
                String rowFields = null;
                int col = 0;
                for (TableView.Cell c : row.cells()) {
                    if (c.amount() && !c.text().isEmpty()) {
                        if (!c.row().equals(rowId)) {
                            rowId = c.row();
                            rowFields = Csv.fields(rowFields(t, rowId, names));
                        }
                        csv.row(table, rowFields, amountFields(t, c, columns.get(col)));
                    }
                    col += c.colspan();
                }
            }
        }
        return csv.plainBytes();
    }

    /** The fields naming a row: its name (or code), then the codes and names of its 类, 款, 项 (or economic 类, 款). */
    private static List<String> rowFields(TableView t, String row, Map<String, String> names) {
        boolean code = CODE.matcher(row).matches();
        boolean economic = t.id().equals("gk06");
        List<String> cells = new ArrayList<>(11);
        cells.add(code ? row : names.getOrDefault(row, row));
        for (int level = 1; level <= 3; level++) {
            int len = 1 + 2 * level;
            boolean has = code && !economic && row.length() >= len;
            cells.add(has ? row.substring(0, len) : "");
            cells.add(has ? names.getOrDefault(row.substring(0, len), "") : "");
        }
        for (int level = 1; level <= 2; level++) {
            int len = 1 + 2 * level;
            boolean has = code && economic && row.length() >= len;
            cells.add(has ? row.substring(0, len) : "");
            cells.add(has ? names.getOrDefault(row.substring(0, len), "") : "");
        }
        return cells;
    }

    /** The fields of one amount: its fund, budget or actual, income or spending, its column (null: blank), value, currency. */
    private static List<String> amountFields(TableView t, TableView.Cell c, String measure) {
        String row = c.row();
        boolean budget = t.id().equals("gk07") && row.equals("budget");
        BigDecimal v = new BigDecimal(c.text().replace(",", ""));
        return Arrays.asList(fund(t.id(), c.col()),
                budget ? "approved" : "executed",
                budget ? "预算" : "决算",
                t.id().equals("gk02") || ((t.id().equals("gk01") || t.id().equals("gk04")) && INCOME_ROWS.contains(row)) ? "收入" : "支出",
                measure,
                (t.unit().equals("万元") ? v.multiply(WAN) : v).stripTrailingZeros().toPlainString(),
                "CNY");
    }

    /** The fund a cell belongs to: the column's fund in 公开04, the table's in 05–09, all funds in 01–03. */
    private static String fund(String table, String column) {
        return switch (table) {
            case "gk04" -> switch (column) {
                case "general_budget" -> "一般公共预算财政拨款";
                case "government_fund" -> "政府性基金预算财政拨款";
                case "state_capital" -> "国有资本经营预算财政拨款";
                default -> "财政拨款合计";
            };
            case "gk05", "gk06", "gk07" -> "一般公共预算财政拨款";
            case "gk08" -> "政府性基金预算财政拨款";
            case "gk09" -> "国有资本经营预算财政拨款";
            default -> "全部资金";
        };
    }

    /** Row key → name as printed: codes to their 科目名称, lines to their label without "1、". */
    private static Map<String, String> rowNames(TableView t) {
        Map<String, String> names = new LinkedHashMap<>();
        String prefix = t.id() + "-r-";
        for (TableView.Row row : t.body()) {
            for (TableView.Cell c : row.cells()) {
                if (c.header() && c.id() != null && c.id().startsWith(prefix) && !c.id().endsWith("-code")) {
                    names.put(c.id().substring(prefix.length()), LINE_NUMBER.matcher(c.text()).replaceFirst(""));
                }
            }
        }
        return names;
    }

    /** The descriptor of a final-accounts disclosure's package. */
    public static byte[] descriptor(String name, String title, String dataFile) {
        return descriptor(name, title, dataFile, FIELDS);
    }

    /** A descriptor for {@code dataFile} whose columns are {@code fields}. */
    static byte[] descriptor(String name, String title, String dataFile, List<FieldDef> fields) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("profile", "fiscal-data-package");
        d.put("name", name);
        d.put("title", title);
        Map<String, Object> schema = new LinkedHashMap<>();
        List<Map<String, Object>> described = new ArrayList<>();
        for (FieldDef f : fields) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("title", f.title());
            field.put("type", f.type());
            if (f.columnType() != null) field.put("columnType", f.columnType());
            described.add(field);
        }
        schema.put("fields", described);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", "fiscal-data");
        resource.put("path", dataFile);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("schema", schema);
        d.put("resources", List.of(resource));
        return JsonFile.bytes(d);
    }
}
