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

/**
 * Editors' Markdown as safe HTML: rendered with flexmark, then cleaned with a jsoup allow-list so
 * no script, event handler, style, frame, image or javascript:/data: URL survives; headings are
 * shifted down so an editor's "###" fits under the page's own headings.
 */
public final class MarkdownHtml {

    /** Parsed once: jsoup parses a query string on every select(). */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

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
