package cn.gongkai.sample;

import java.util.List;

/**
 * A kind of department a jurisdiction has (财政局, 教育局 …): its name, the 功能分类 项 its money is
 * spent under, and the words of its disclosure.
 *
 * @param slug         the department folder name after the jurisdiction's, e.g. "czj"
 * @param name         appended to the jurisdiction's name: 财政局, 委组织部 (青山市委组织部)
 * @param run          the 项 of its 行政运行 (basic spending of the 机关)
 * @param institution  the 项 its 事业单位 spend under (事业运行, or 小学教育 for schools); empty when it has none
 * @param projects     the 项 its projects are spent under; a code not in a year's catalog is skipped
 * @param duties       主要职责; {@code {area}} becomes 全市/全县/全区 and {@code {gov}} 市委、市政府 …
 * @param bodies       内设机构
 * @param units        subordinate 事业单位, named after the jurisdiction (青山市 + 国库集中支付中心)
 * @param projectNames names of its projects (项目绩效自评表, 预算评审结果)
 * @param fund         whether it spends 政府性基金 (国有土地使用权出让收入安排的支出)
 * @param stateCapital whether it spends 国有资本经营预算 money
 */
record DepartmentKind(String slug, String name, String run, List<String> institution, List<String> projects,
                      List<String> duties, List<String> bodies, List<String> units, List<String> projectNames,
                      boolean fund, boolean stateCapital) {
}
