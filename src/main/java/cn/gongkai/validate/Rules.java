package cn.gongkai.validate;

import cn.gongkai.model.Severity;

import java.util.List;
import java.util.Optional;

import static cn.gongkai.model.Severity.ERROR;
import static cn.gongkai.model.Severity.WARNING;

/**
 * Every rule gongkai reports, with its stable code and severity: the single list docs/rules.md
 * documents and the test corpus covers. Codes never change meaning; a retired code is not reused.
 */
public final class Rules {

    public static final List<Rule> ALL = List.of(
            // Reading the files
            new Rule("FILE01", ERROR, "缺少必需的文件，或文件无法读取"),
            new Rule("FILE02", ERROR, "缺少内容目录或 departments 文件夹"),
            new Rule("FILE03", ERROR, "无法识别的文件或文件夹"),
            new Rule("FILE04", ERROR, "文件或文件夹指向内容目录之外（符号链接）"),
            new Rule("FILE05", ERROR, "文件过大"),
            new Rule("FILE06", ERROR, "文件不是 UTF-8 文本"),
            new Rule("YAML01", ERROR, "YAML 语法错误"),
            new Rule("YAML02", ERROR, "值的类型不对"),
            new Rule("YAML03", ERROR, "未知字段"),
            new Rule("YAML04", ERROR, "缺少必填字段或必填字段为空"),
            new Rule("YAML05", ERROR, "同一层级的键重复"),
            new Rule("YAML06", ERROR, "使用了 YAML 锚点或别名"),
            new Rule("YAML07", ERROR, "金额或数字格式不对"),
            new Rule("YAML08", ERROR, "文字中有控制字符"),
            new Rule("SLUG01", ERROR, "部门文件夹名不能用作网址"),
            new Rule("SITE01", ERROR, "部门所属行政区划未在 site.yaml 中定义"),
            new Rule("SITE02", ERROR, "行政区划标识重复，或与网站自身的文件夹重名"),
            new Rule("GLOS01", ERROR, "名词解释引用了不存在的词条"),
            new Rule("GLOS02", ERROR, "名词解释词条 id 重复"),
            new Rule("EXPL01", ERROR, "无法识别的情况说明标题"),
            new Rule("EXPL02", ERROR, "情况说明的同一部分写了两次"),
            new Rule("EXPL03", ERROR, "情况说明第一个标题之前有文字"),
            new Rule("EXPL05", ERROR, "情况说明超出处理限度（过长、嵌套过深，或符号、HTML 标签过多）"),
            // Codes
            new Rule("CODE01", ERROR, "科目编码不在分类目录中，且未写科目名称"),
            new Rule("CODE02", WARNING, "科目名称与分类目录不同"),
            new Rule("CODE03", ERROR, "同一张表中科目编码重复"),
            new Rule("CODE04", ERROR, "总表的支出行不是类级科目"),
            // In-table identities
            new Rule("T0101", ERROR, "公开01：收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余"),
            new Rule("T0102", ERROR, "公开01：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余"),
            new Rule("T0103", ERROR, "公开01：收入总计 = 支出总计"),
            new Rule("T0104", ERROR, "公开01：本年收入合计 = 各项收入之和"),
            new Rule("T0105", ERROR, "公开01：本年支出合计 = 各类支出之和"),
            new Rule("T0201", ERROR, "公开02：本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入（每行）"),
            new Rule("T0202", ERROR, "公开02：其中教育收费 ≤ 事业收入（每行）"),
            new Rule("T0301", ERROR, "公开03：合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出（每行）"),
            new Rule("T0401", ERROR, "公开04：合计 = 各资金性质之和（每个支出行和汇总行）"),
            new Rule("T0402", ERROR, "公开04：本年收入合计 = 各项财政拨款收入之和"),
            new Rule("T0403", ERROR, "公开04：收入总计 = 本年收入合计 + 年初财政拨款结转和结余"),
            new Rule("T0404", ERROR, "公开04：支出总计 = 本年支出合计 + 年末财政拨款结转和结余（每栏）"),
            new Rule("T0405", ERROR, "公开04：收入总计 = 支出总计"),
            new Rule("T0406", ERROR, "公开04：年初财政拨款结转和结余 = 各资金性质之和"),
            new Rule("T0407", ERROR, "公开04：各资金性质 年初 + 本年收入 − 本年支出 = 年末"),
            new Rule("T0408", ERROR, "公开04：本年支出合计 = 各支出行之和（每栏）"),
            new Rule("T0501", ERROR, "公开05：基本支出 = 人员经费 + 公用经费（每行）"),
            new Rule("T0502", ERROR, "公开05：本年支出合计 = 基本支出 + 项目支出（每行）"),
            new Rule("T0601", ERROR, "公开06：本年支出合计 = 人员经费 + 公用经费（每行）"),
            new Rule("T0701", ERROR, "公开07：“三公”经费 = 因公出国（境）费用 + 公务接待费 + 公务用车购置及运行维护费（预算数、决算数）"),
            new Rule("T0702", ERROR, "公开07：公务用车购置及运行维护费 = 购置费 + 运行维护费（预算数、决算数）"),
            new Rule("T0801", ERROR, "公开08：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余（每行）"),
            new Rule("T0802", ERROR, "公开08：本年支出 = 基本支出 + 项目支出（每行）"),
            new Rule("T0901", ERROR, "公开09：本年支出合计 = 基本支出 + 项目支出（每行）"),
            // Hierarchy
            new Rule("H01", ERROR, "功能分类：类 = 其下各款之和，款 = 其下各项之和（每栏）"),
            new Rule("H02", ERROR, "合计行 = 各类级科目之和（每栏）"),
            new Rule("H03", ERROR, "经济分类：类 = 其下各款之和（每栏）"),
            // Between tables
            new Rule("X01", ERROR, "公开01 本年收入合计 = 公开02 合计"),
            new Rule("X02", ERROR, "公开01 本年支出合计 = 公开03 合计"),
            new Rule("X03", ERROR, "公开01 各类支出 = 公开03 同一类级科目的合计"),
            new Rule("X04", ERROR, "公开01 与公开04 的各项财政拨款收入一致"),
            new Rule("X05", ERROR, "公开02 财政拨款收入合计 = 公开04 本年收入合计"),
            new Rule("X06", ERROR, "公开04 财政拨款支出 ≤ 公开03 全部支出（合计和各类）"),
            new Rule("X07", ERROR, "公开05 = 公开04 一般公共预算财政拨款栏（合计和各类）"),
            new Rule("X08", ERROR, "公开06 合计、人员经费、公用经费 = 公开05 基本支出、人员经费、公用经费"),
            new Rule("X09", ERROR, "公开06 基本支出中的公务接待费、会议费、培训费等超过公开07 决算数"),
            new Rule("X10", WARNING, "公开06 基本支出中的公务接待费、会议费、培训费等小于公开07 决算数"),
            new Rule("X11", ERROR, "公开08 = 公开04 政府性基金预算财政拨款栏"),
            new Rule("X12", ERROR, "公开09 = 公开04 国有资本经营预算财政拨款栏"),
            new Rule("X13", ERROR, "公开05 一般公共预算支出 ≤ 公开03 全部支出（每行的基本支出、项目支出）"),
            // Completeness
            new Rule("P01", ERROR, "缺少本年度应公开的表"),
            new Rule("P02", ERROR, "空表未写表格为空的理由"),
            new Rule("P03", ERROR, "有数据的表写了表格为空的理由"),
            new Rule("P04", ERROR, "部门概况缺少必备部分"),
            new Rule("P05", ERROR, "情况说明必须说明的内容缺少数据（机关运行经费、政府采购、国有资产、“三公”经费相关数量）"),
            // Blank totals, rounding
            new Rule("B01", WARNING, "汇总栏为空而明细有数"),
            new Rule("B02", WARNING, "汇总栏有数而分项栏全部为空"),
            new Rule("R01", WARNING, "尾差：差额在四舍五入容差以内"),
            // The facts behind the generated sentences
            new Rule("FACT01", WARNING, "公开05 项级科目没有预算数，情况说明无法说明完成情况"),
            new Rule("FACT02", ERROR, "预算数中的科目不是公开05 的项级科目"),
            new Rule("FACT03", ERROR, "机关运行经费超过公开06 公用经费合计"),
            new Rule("FACT04", ERROR, "政府采购：总额 ≠ 货物 + 工程 + 服务，或授予中小企业的金额超过总额"),
            // What only the editor can write
            new Rule("EXPL04", ERROR, "「原因：」后面写的对象不是这一部分需要说明原因的数字"),
            new Rule("RSN01", WARNING, "公开07 某项决算数与预算数不一致，未说明原因"),
            new Rule("RSN02", WARNING, "一般公共预算项级科目决算数与预算数不一致，未说明原因"),
            new Rule("RSN03", WARNING, "与上年相比有增减，未说明原因"),
            new Rule("RSN04", WARNING, "机关运行经费决算数与预算数不一致，未说明原因"),
            new Rule("DREF01", ERROR, "文中引用 {{ … }} 找不到对应的数字"),
            new Rule("NUM01", WARNING, "手写的数字与数据接近但不相等（疑似笔误）"),
            new Rule("NUM02", WARNING, "手写数字的单位与数据不符（如把万元写成元）"),
            new Rule("NUM03", WARNING, "手写的比率与计算结果不符，或分母为 0"),
            new Rule("NUM04", WARNING, "手写数字与它前面所说的项目在数据中的数值不符"),
            // Performance self-evaluations
            new Rule("PERF01", ERROR, "绩效指标得分超过分值"),
            new Rule("PERF02", ERROR, "自评得分 ≠ 各项指标得分之和"),
            new Rule("PERF03", ERROR, "绩效指标得分与评分规则算出的得分不符"),
            new Rule("PERF04", ERROR, "有评分规则的指标，实际完成值中没有可计算的数字"),
            new Rule("PERF05", ERROR, "评分规则应只写一种（区间、扣分或比率）"),
            new Rule("PERF06", ERROR, "项目资金：年度资金总额 ≠ 省级 + 市县 + 其他资金"),
            new Rule("PERF07", ERROR, "绩效自评项目的执行数合计超过公开03表项目支出"),
            // Template remnants
            new Rule("M01", ERROR, "模板占位符未替换（XX、××）"),
            new Rule("M02", ERROR, "「主要原因」后没有写原因"),
            new Rule("M03", ERROR, "备选词未选定（如 增加（减少））"),
            new Rule("M04", ERROR, "模板填写说明未删除"),
            // Budget review results (预算评审结果)
            new Rule("BR01", ERROR, "预算评审结果的年度（year）与所在的年度文件夹不同"),
            new Rule("BR02", ERROR, "预算评审结果：序号应从 1 起连续编号，不重复、不缺号"),
            new Rule("BR03", ERROR, "预算评审结果：申报合计 = 各项目申报预算资金之和"),
            new Rule("BR04", ERROR, "预算评审结果：平均得分 = 有最终得分的项目的平均分（保留 2 位小数，四舍五入）"),
            new Rule("BR05", ERROR, "预算评审结果：最终得分应在 0 至 100 之间"),
            new Rule("BR06", ERROR, "预算评审结果：支出进度应在 0% 至 100% 之间"));

    private Rules() {
    }

    public static Optional<Rule> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public static Severity severityOf(String code) {
        return byCode(code).map(Rule::severity).orElseThrow(() -> new IllegalArgumentException("unknown rule " + code));
    }
}
