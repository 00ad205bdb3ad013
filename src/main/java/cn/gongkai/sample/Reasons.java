package cn.gongkai.sample;

import java.util.List;

/**
 * The reasons editors write in explanations.md, by what they explain and which way the figure moved,
 * so a decrease is never explained by an increase. None holds an amount: the sentences quote those.
 */
final class Reasons {

    private Reasons() {
    }

    /** 决算数小于预算数 of a 项 of 人员经费 only (social insurance, housing fund, pensions). */
    static final List<String> PERSONNEL_BELOW_BUDGET = List.of(
            "年中人员调出、退休，人员经费支出相应减少",
            "部分人员经费按实际发放，低于预算安排");

    static final List<String> PERSONNEL_ABOVE_BUDGET = List.of(
            "年中追加人员经费，落实调资政策",
            "年中新进人员，人员经费相应增加",
            "社会保障缴费基数调整，缴费相应增加");

    /** 决算数小于预算数 of a 项 of basic spending with 公用经费 (行政运行, 事业运行). */
    static final List<String> BASIC_BELOW_BUDGET = List.of(
            "年中人员调出、退休，人员经费支出相应减少",
            "严格执行预算，厉行节约，压减公用经费支出");

    static final List<String> BASIC_ABOVE_BUDGET = List.of(
            "年中追加人员经费，落实调资政策",
            "办公用房维修等公用支出增加");

    /** 决算数小于预算数 of a 项 with projects. */
    static final List<String> PROJECT_BELOW_BUDGET = List.of(
            "部分项目按合同约定分期支付，未支付部分结转下年使用",
            "项目实施进度慢于预期，资金结转下年继续使用",
            "政府采购形成节约资金",
            "部分工作任务调整，相应经费未全部支出");

    static final List<String> PROJECT_ABOVE_BUDGET = List.of(
            "执行中追加专项工作经费",
            "使用上年结转资金安排支出",
            "新增临时性工作任务，追加相应经费");

    /** An item of 公开07 below its budget; {@code {item}} is its name. */
    static final List<String> ITEM_BELOW_BUDGET = List.of(
            "严格执行中央八项规定精神，从严控制{item}支出",
            "厉行节约，压缩{item}开支",
            "部分计划事项未实施，{item}相应减少",
            "落实过紧日子要求，{item}按实际需要从紧安排");

    static final List<String> ITEM_ABOVE_BUDGET = List.of(
            "因工作需要{item}有所增加，已按程序调整预算",
            "承担上级安排的临时性任务，{item}相应增加");

    static final List<String> OPERATING_BELOW_BUDGET = List.of(
            "厉行节约，严格控制开支",
            "压减办公、差旅等公用经费支出",
            "落实过紧日子要求，从严控制一般性支出");

    static final List<String> OPERATING_ABOVE_BUDGET = List.of(
            "办公用房维修等公用支出增加",
            "新增人员，公用经费相应增加");

    /** 与上年相比 增加 or 减少, by what moved most: 人员经费 and 公用经费 (basic) or projects; or neither (balances). */
    static final List<String> BASIC_UP = List.of(
            "人员增加及工资政策性调整，人员经费相应增加",
            "落实调资政策，人员经费增加");

    static final List<String> PROJECT_UP = List.of(
            "新增专项工作任务，项目支出增加",
            "落实重点工作部署，相关项目经费增加");

    static final List<String> BALANCE_UP = List.of("上年结转资金增加，可用资金相应增加");

    static final List<String> BASIC_DOWN = List.of(
            "人员退休、调出，人员经费相应减少",
            "落实过紧日子要求，压减一般性支出");

    static final List<String> PROJECT_DOWN = List.of(
            "上年一次性项目支出本年未再安排",
            "部分项目完工，项目支出减少");

    static final List<String> BALANCE_DOWN = List.of("上年结转资金减少，可用资金相应减少");

    static final List<String> THREE_PUBLIC_UP = List.of(
            "公务接待任务增加",
            "更新公务用车，公务用车购置及运行维护费增加",
            "培训和会议安排较上年增加");

    static final List<String> THREE_PUBLIC_DOWN = List.of(
            "严格控制“三公”经费支出",
            "公务用车减少，运行维护费相应减少",
            "从严控制公务接待标准和批次");

    static final List<String> OPERATING_UP = List.of(
            "办公用房物业、维修等费用增加",
            "人员增加，公用经费相应增加");

    static final List<String> OPERATING_DOWN = List.of(
            "厉行节约，压减公用经费",
            "办公费、差旅费等支出减少");
}
