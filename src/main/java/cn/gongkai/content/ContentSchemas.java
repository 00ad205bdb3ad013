package cn.gongkai.content;

import cn.gongkai.content.shape.Schemas;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON Schema of each content file kind, generated from the same declarations the loader reads
 * with, so editors' tools (e.g. the YAML extension of VS Code) complete and check what gongkai accepts.
 */
public final class ContentSchemas {

    private ContentSchemas() {
    }

    /** File name (e.g. "final-accounts.schema.json") → schema document. */
    public static Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("site.schema.json", Schemas.document("site.yaml：网站设置",
                "预决算公开专栏的名称、主办单位、金额显示方式和行政区划。", SiteFormat.ROOT));
        out.put("glossary.schema.json", Schemas.document("glossary.yaml：名词解释",
                "各公开文件共用的专业名词解释。", GlossaryFormat.ROOT));
        out.put("department.schema.json", Schemas.document("department.yaml：部门",
                "departments/<部门标识>/department.yaml：部门名称和所属行政区划。", SiteFormat.DEPARTMENT));
        out.put("final-accounts.schema.json", Schemas.document("final-accounts.yaml：部门决算",
                "departments/<部门标识>/<年度>/final-accounts.yaml：部门概况和各张决算公开表。", FinalAccountsFormat.ROOT));
        out.put("performance.schema.json", Schemas.document("performance.yaml：绩效自评",
                "departments/<部门标识>/<年度>/performance.yaml：项目绩效自评表和部门整体支出绩效自评表。", PerformanceFormat.ROOT));
        out.put("budget-review.schema.json", Schemas.document("budget-review.yaml：预算评审结果",
                "departments/<部门标识>/<年度>/budget-review.yaml：预算评审结果清单（各项目的申报预算、评审得分、安排建议和评审意见）。",
                BudgetReviewFormat.ROOT));
        return out;
    }
}
