package cn.gongkai.render.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The machine's Chinese font, found once per JVM: the first family of {@link ChartRenderer#FONT_FAMILY}
 * that is installed, so layout is measured with what a reader's browser most likely uses; failing that,
 * the first other family (by name) that can display Chinese.
 */
final class SystemCjkFont {

    /** Families the CSS list prefers, in the same order. */
    static final List<String> PREFERRED = List.of("PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei");

    static final String SAMPLE = "预决算公开";

    /** Java's logical fonts borrow glyphs from physical ones; measuring with those is less exact. */
    private static final Set<String> LOGICAL = Set.of("Dialog", "DialogInput", "Serif", "SansSerif", "Monospaced");

    private SystemCjkFont() {
    }

    static Optional<Font> find() {
        return Holder.FOUND;
    }

    private static final class Holder {
        static final Optional<Font> FOUND = scan();
    }

    private static Optional<Font> scan() {
        Headless.ensure();
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        Arrays.sort(families);
        List<String> installed = Arrays.asList(families);
        for (String family : PREFERRED) {
            if (installed.contains(family) && displaysChinese(family)) return Optional.of(new Font(family, Font.PLAIN, 12));
        }
        for (String family : families) {
            if (!LOGICAL.contains(family) && displaysChinese(family)) return Optional.of(new Font(family, Font.PLAIN, 12));
        }
        return Optional.empty();
    }

    private static boolean displaysChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }
}
