package cn.gongkai.render.data;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets open it: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF, RFC 4180
 * quoting. Text that a spreadsheet would run as a formula (=, +, -, @ at the start, and not a number)
 * is prefixed with an apostrophe, so a name written into content cannot become a formula on a
 * reader's computer.
 */
final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) text.append(',');
            field(cells.get(i));
        }
        text.append("\r\n");
        return this;
    }

    /** A row whose first fields are already encoded ({@link #fields}): fields shared by many rows are encoded once. */
    Csv row(String leading, String more, List<String> cells) {
        text.append(leading).append(',').append(more);
        for (String cell : cells) {
            text.append(',');
            field(cell);
        }
        text.append("\r\n");
        return this;
    }

    /** {@code cells} as a row writes them, without the line break. */
    static String fields(List<String> cells) {
        Csv c = new Csv();
        c.row(cells);
        return c.text.substring(0, c.text.length() - 2);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** Appends {@code s} as one field, looking at its characters once (a data package has some 200,000 fields). */
    private void field(String s) {
        if (s == null) return;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) s = "'" + s;
        if (!needsQuotes(s)) {
            text.append(s);
            return;
        }
        text.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') text.append('"');
            text.append(c);
        }
        text.append('"');
    }

    private static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }

    /** Without the byte-order mark: for data files read by programs (the Fiscal Data Package). */
    byte[] plainBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }
}
