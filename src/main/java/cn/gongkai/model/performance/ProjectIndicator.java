package cn.gongkai.model.performance;

import cn.gongkai.model.Location;
import cn.gongkai.model.Text;

/**
 * One indicator of a project self-evaluation: 一级/二级/三级指标, 年度指标值, 全年完成值 and
 * 未完成原因和改进措施. Values are text as published ("100%", "≥95%", "满意度达100%").
 */
public record ProjectIndicator(Text level1, Text level2, Text name, Text target, Text actual, Text reason,
                               Location at) {
}
