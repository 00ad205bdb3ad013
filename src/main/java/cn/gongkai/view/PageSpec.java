package cn.gongkai.view;

/** One page to write: where, with which template, from which view model (exposed to the template as "view"). */
public record PageSpec(String path, String template, PageInfo page, Object view) {
}
