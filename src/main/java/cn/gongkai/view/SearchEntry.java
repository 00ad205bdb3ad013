package cn.gongkai.view;

/**
 * One thing the site search finds: its kind (部门, 公开文件, 科目, 项目, 名词), name, code (a
 * classification code, or ""), the page it is on (relative to the site root, with an anchor), and a
 * line of context.
 */
public record SearchEntry(String kind, String name, String code, String url, String context) {
}
