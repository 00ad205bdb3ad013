package cn.gongkai.model.performance;

import cn.gongkai.model.Location;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;

/**
 * One indicator of the department self-evaluation (部门整体支出绩效自评表): its place in the
 * 一级/二级/三级 tree, 分值, the explanation, scoring rule and formula, target and actual values,
 * 得分, the editor's reasons and suggestions, and (optionally) the scoring rule as data.
 */
public record DepartmentIndicator(Text level1, Text level2, Text name, Quantity points, Text description,
                                  Text criteria, Text formula, Text target, Text actual, Quantity score,
                                  Text reason, Text suggestion, Rubric rubric, Location at) {
}
