package cn.gongkai.model;

/** The lines printed above a Shaanxi-style disclosure: 保密审查情况 and 部门负责人审签情况. */
public record ReviewStatus(Text confidentiality, Text signOff) {
}
