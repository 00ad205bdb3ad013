package cn.gongkai.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links the first use of each glossary term on a page to its definition. Text inside links,
 * headings, figures and definitions is left alone; longer terms win over the shorter terms they
 * contain (“三公”经费 before 经费).
 */
final class GlossaryLinks {

    /** A spelling of a term and where its definition is. */
    record Spelling(String text, String href) {
    }

    private static final Set<String> SKIP = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "data", "dfn", "th", "caption");

    private final List<Spelling> spellings;
    private final Set<String> linked = new HashSet<>();
    /** The first character of every spelling: a spelling is looked for only where one of them stands. */
    private final BitSet firstChars = new BitSet();

    GlossaryLinks(List<Spelling> spellings) {
        this.spellings = new ArrayList<>(spellings);
        this.spellings.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed());
        for (Spelling s : spellings) {
            if (!s.text().isEmpty()) firstChars.set(s.text().charAt(0));
        }
    }

    /** {@code html} with the terms not yet linked on this page linked at their first use. */
    String link(String html) {
        if (html.isEmpty() || !mayLink(html)) return html;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        collect(doc.body(), texts);
        for (TextNode t : texts) linkIn(t);
        return doc.body().html();
    }

    /**
     * Whether a term not yet linked may occur in {@code html}'s text. Most sections of a page hold no
     * term still to be linked (each is linked once) and are then not parsed at all (1,000 disclosures:
     * 10,000 jsoup parses). A term with a character that HTML may write as an entity ({@code & < > " '},
     * no-break space) is looked for in the parsed text. The html is read once, not once for each term.
     */
    private boolean mayLink(String html) {
        boolean pending = false;
        for (Spelling s : spellings) {
            if (linked.contains(s.href())) continue;
            if (s.text().isEmpty() || escapable(s.text())) return true;
            pending = true;
        }
        if (!pending) return false;
        char[] chars = html.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (!firstChars.get(chars[i])) continue;
            for (Spelling s : spellings) {
                if (!linked.contains(s.href()) && html.startsWith(s.text(), i)) return true;
            }
        }
        return false;
    }

    private static boolean escapable(String term) {
        for (int i = 0; i < term.length(); i++) {
            if ("&<>\"'\u00a0".indexOf(term.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private void collect(Element e, List<TextNode> out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) out.add(t);
            else if (n instanceof Element c && !SKIP.contains(c.tagName())) collect(c, out);
        }
    }

    private void linkIn(TextNode node) {
        String text = node.getWholeText();
        for (Spelling s : spellings) {
            if (linked.contains(s.href())) continue;
            int at = text.indexOf(s.text());
            if (at < 0) continue;
            linked.add(s.href());
            TextNode after = node.splitText(at);
            // jsoup refuses to split a text at its end: a term that ends the text leaves no rest.
            TextNode rest = at + s.text().length() < text.length() ? after.splitText(s.text().length()) : null;
            Element a = new Element("a").attr("class", "term").attr("href", s.href()).text(s.text());
            after.replaceWith(a);
            linkIn(node);
            if (rest != null) linkIn(rest);
            return;
        }
    }
}
