package cn.gongkai.theme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default theme's colours, read from its stylesheet, meet WCAG 2.1 AA for text (4.5:1) in every
 * pairing the theme uses — in the normal palette and in the high-contrast mode (7:1 there).
 */
class ThemeContrastTest {

    private static final Path CSS = Path.of("themes/default/static/css/site.css");

    /** Foreground on background, as the stylesheet pairs them (white: the header text, the pressed reader button). */
    private static final List<String[]> PAIRS = List.of(
            new String[]{"--text", "--bg"}, new String[]{"--muted", "--bg"}, new String[]{"--link", "--bg"},
            new String[]{"--text", "--band"}, new String[]{"--muted", "--band"}, new String[]{"--link", "--band"},
            new String[]{"--text", "--head"}, new String[]{"--muted", "--head"}, new String[]{"--accent", "#ffffff"},
            new String[]{"#ffffff", "--accent"}, new String[]{"--link", "--head"});

    @Test
    void everyTextColourPairMeetsAA() throws IOException {
        String css = Files.readString(CSS);
        Map<String, String> normal = variables(block(css, ":root"));
        check(normal, 4.5, "normal");
        Map<String, String> hc = new HashMap<>(normal);
        hc.putAll(variables(block(css, "html.hc")));
        check(hc, 7.0, "high contrast");
    }

    private static void check(Map<String, String> vars, double minimum, String mode) {
        for (String[] p : PAIRS) {
            String fg = p[0].startsWith("#") ? p[0] : vars.get(p[0]);
            String bg = p[1].startsWith("#") ? p[1] : vars.get(p[1]);
            double ratio = contrast(fg, bg);
            assertTrue(ratio >= minimum, mode + ": " + p[0] + " " + fg + " on " + p[1] + " " + bg + " is " + String.format("%.2f", ratio) + ":1");
        }
    }

    private static String block(String css, String selector) {
        int start = css.indexOf(selector + " {");
        if (start < 0) throw new AssertionError("no " + selector + " block in " + CSS);
        return css.substring(start, css.indexOf('}', start));
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("(--[a-z]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance, WCAG 2.1. */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
