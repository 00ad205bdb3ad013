package cn.gongkai.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A category label broken into lines that fit a width. Chinese may break between any two characters,
 * except before closing punctuation or after opening punctuation; a run of Latin letters or digits
 * (a classification code such as 2010301) stays whole when it fits. A label that needs more lines than
 * allowed ends in「…」and is {@code truncated}: the renderer then keeps the full text in a tooltip.
 */
record LabelLines(List<String> lines, boolean truncated) {

    private static final String ELLIPSIS = "…";
    private static final String CLOSING = "）」』》〉】〕，。、；：！？";
    private static final String OPENING = "（「『《〈【〔";

    LabelLines {
        lines = List.copyOf(lines);
    }

    static LabelLines wrap(String label, double maxWidth, int maxLines, float size, TextMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean space = false;
        for (String token : tokens(label)) {
            if (token.equals(" ")) {
                space = line.length() > 0;
                continue;
            }
            String candidate = line + (space ? " " : "") + token;
            if (line.length() == 0 || metrics.width(candidate, size) <= maxWidth) {
                line.replace(0, line.length(), candidate);
            } else {
                lines.add(line.toString());
                line.replace(0, line.length(), token);
            }
            space = false;
        }
        if (line.length() > 0) lines.add(line.toString());
        return fit(lines, maxWidth, maxLines, size, metrics);
    }

    /** Keeps at most {@code maxLines}, each no wider than {@code maxWidth}, marking a cut with「…」. */
    private static LabelLines fit(List<String> lines, double maxWidth, int maxLines, float size, TextMetrics metrics) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean more = i < lines.size() - 1;
            if (metrics.width(line, size) > maxWidth || (more && kept.size() == maxLines - 1)) {
                kept.add(ellipsize(line, maxWidth, size, metrics));
                return new LabelLines(kept, true);
            }
            kept.add(line);
        }
        return new LabelLines(kept, false);
    }

    private static String ellipsize(String line, double maxWidth, float size, TextMetrics metrics) {
        int end = line.length();
        while (end > 1 && metrics.width(line.substring(0, end) + ELLIPSIS, size) > maxWidth) {
            end = line.offsetByCodePoints(end, -1);
        }
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Breakable pieces: each wide character alone, Latin runs whole, single spaces apart, punctuation glued on. */
    private static List<String> tokens(String label) {
        List<String> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        label.codePoints().forEach(c -> {
            if (c < 0x80 && !Character.isWhitespace(c)) {
                run.appendCodePoint(c);
                return;
            }
            if (run.length() > 0) pieces.add(run.toString());
            run.setLength(0);
            pieces.add(Character.isWhitespace(c) ? " " : Character.toString(c));
        });
        if (run.length() > 0) pieces.add(run.toString());

        List<String> tokens = new ArrayList<>();
        for (String piece : pieces) {
            String previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            boolean glue = previous != null && !previous.equals(" ") && !piece.equals(" ")
                    && (CLOSING.contains(piece) || OPENING.contains(previous.substring(previous.length() - 1)));
            if (glue) {
                tokens.set(tokens.size() - 1, previous + piece);
            } else {
                tokens.add(piece);
            }
        }
        return tokens;
    }
}
