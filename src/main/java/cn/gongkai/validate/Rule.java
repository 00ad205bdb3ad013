package cn.gongkai.validate;

import cn.gongkai.model.Severity;

/** A rule's stable code, its severity, and what it checks, in Chinese (as listed in docs/rules.md). */
public record Rule(String code, Severity severity, String title) {
}
