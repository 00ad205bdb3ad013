package cn.gongkai.view;

/** A link as printed: a relative href and its text. */
public record Link(String href, String text) {
}
