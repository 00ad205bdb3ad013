package cn.gongkai.render.chart;

import java.awt.Font;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a font Java can measure Chinese text with. It is a parameter of {@link ChartRenderer} so
 * that tests can take both the "font present" and the "no font" path whatever the machine has.
 */
@FunctionalInterface
public interface CjkFontProbe {

    /** A font that displays Chinese, or empty when the machine has none. */
    Optional<Font> find();

    /** The machine's fonts, looked at once per JVM (scanning them takes a noticeable moment). */
    static CjkFontProbe system() {
        return SystemCjkFont::find;
    }

    /** No Chinese font: labels are laid out with estimated widths. */
    static CjkFontProbe none() {
        return Optional::empty;
    }

    /** Always {@code font}, e.g. a font a test loaded from a file. */
    static CjkFontProbe of(Font font) {
        Objects.requireNonNull(font, "font");
        return () -> Optional.of(font);
    }
}
