package cn.gongkai.render;

import cn.gongkai.view.SearchEntries;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index as a script (a script, not JSON, so search also works from file://, where pages
 * cannot fetch files). Each disclosure's and review's entries are written once per model object and
 * reused while the content loader keeps that object (in {@code serve}, until its department's files
 * change): a one-file rebuild of 1,000 disclosures then writes the 8 MB index from kept pieces.
 */
public final class SearchIndex {

    private static final byte[] START = "/* gongkai site search index */\nwindow.GONGKAI_SEARCH = [".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "];\n".getBytes(StandardCharsets.UTF_8);

    /** The JSON (UTF-8) of each part's entries, comma-separated, by model object; only the last build's parts. */
    private Map<Object, byte[]> written = new IdentityHashMap<>();

    /**
     * Writes the index of these parts to {@code out}, part by part, reusing what an earlier call made
     * of the same model objects. With {@code keep}, what was made is kept for the next call (the
     * preview server); a one-off build keeps nothing (130 MB for 10,000 disclosures).
     */
    public synchronized void write(List<SearchEntries.Part> parts, boolean keep, OutputStream out) throws IOException {
        Map<Object, byte[]> now = new IdentityHashMap<>();
        out.write(START);
        boolean first = true;
        for (SearchEntries.Part p : parts) {
            byte[] json = p.source() == null ? null : written.get(p.source());
            if (json == null) json = p.json().get();
            if (keep && p.source() != null) now.put(p.source(), json);
            if (json.length == 0) continue;
            if (!first) out.write(',');
            out.write(json);
            first = false;
        }
        out.write(END);
        written = now;
    }
}
