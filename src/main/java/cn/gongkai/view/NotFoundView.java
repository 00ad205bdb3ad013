package cn.gongkai.view;

/**
 * The 404 page. A server shows it at whatever address was missing, so its relative links would
 * point nowhere from a deeper folder; when site.yaml gives base_url the page carries it as
 * {@code <base href>} (the one absolute address the site writes), otherwise its links are relative
 * to the site root like every other page's. {@code base} is null when not configured.
 */
public record NotFoundView(String base) {
}
