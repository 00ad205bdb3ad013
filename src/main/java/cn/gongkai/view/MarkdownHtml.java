package cn.gongkai.view;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Editors' Markdown as safe HTML: rendered with flexmark, then cleaned with a jsoup allow-list so
 * no script, event handler, style, frame, image or javascript:/data: URL survives; headings are
 * shifted down so an editor's "###" fits under the page's own headings.
 */
public final class MarkdownHtml {

    /** Parsed once: jsoup parses a query string on every select(). */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    /** Texts no longer than this are kept once rendered: the reasons and notes that disclosures repeat. */
    private static final int KEPT_LENGTH = 200;
    /** At most this many, so a site whose texts are all different keeps a few megabytes, not all of them. */
    private static final int KEPT_TEXTS = 4096;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;
    /**
     * Short texts already rendered, by shift and text. Editors write the same reasons (人员变动、
     * 项目结转) into many disclosures, and each rendering is a flexmark parse and two jsoup passes
     * (a third of the time spent building disclosure views at 1,000 disclosures).
     */
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    public MarkdownHtml(Parser parser) {
        this.parser = parser;
        this.renderer = HtmlRenderer.builder(new MutableDataSet()).build();
        Safelist allowed = Safelist.basic()
                .addProtocols("a", "href", "#")
                .addTags("h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "caption",
                        "dfn", "abbr", "hr")
                .addAttributes("th", "scope", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("abbr", "title");
        this.cleaner = new Cleaner(allowed);
    }

    /** The parser shared by every Markdown reader of a build (one per build, not one per document). */
    public static Parser newParser() {
        return Parser.builder(new MutableDataSet()).build();
    }

    /** {@code markdown} as sanitised HTML, its headings moved {@code shift} levels down (at most h6). */
    public String render(String markdown, int shift) {
        if (markdown.length() > KEPT_LENGTH) return rendered(markdown, shift);
        String key = shift + "\n" + markdown;
        String html = kept.get(key);
        if (html == null) {
            html = rendered(markdown, shift);
            if (kept.size() < KEPT_TEXTS) kept.put(key, html);
        }
        return html;
    }

    private String rendered(String markdown, int shift) {
        String raw = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(raw);
        Document clean = cleaner.clean(dirty);
        for (Element h : clean.body().select(HEADINGS)) {
            int level = Integer.parseInt(h.tagName().substring(1));
            h.tagName("h" + Math.min(6, level + shift));
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
