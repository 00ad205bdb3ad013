package cn.gongkai.view;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.ModelRefs;
import cn.gongkai.model.Headlines;
import cn.gongkai.model.StandardSection;
import cn.gongkai.view.DisclosureView.SectionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第三部分 情况说明 of one disclosure: every standard section with its generated sentences, the
 * editor's notes placed after them (or at {@code {{ 自动生成 }}}), the editor's own text instead of
 * them when the section is marked {@code <!-- 手写 -->}, and {@code {{ 公开03.合计.基本支出 }}}
 * references printed as the figures they name.
 */
public final class ExplanationViews {

    /** Where an editor wants the generated sentences among their notes. */
    public static final String GENERATED_HERE = "{{ 自动生成 }}";
    /** A reference to a model figure inside an editor's text: {{ gk03.total.basic }}. */
    public static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");
    /** A rendered text that is one paragraph. */
    private static final Pattern PARAGRAPH = Pattern.compile("^<p>(.*)</p>$", Pattern.DOTALL);

    private final AmountFormat format;
    private final MarkdownHtml markdown;

    public ExplanationViews(AmountFormat format, MarkdownHtml markdown) {
        this.format = format;
        this.markdown = markdown;
    }

    public List<SectionView> sections(FinalAccounts fa, Map<StandardSection, Headlines.Figure> lastYear, Catalog catalog,
                                     PerformanceView performance) {
        ModelRefs refs = ModelRefs.of(fa);
        Map<StandardSection, List<ChartView>> charts = new ChartViews(format).charts(fa);
        SectionTexts texts = new SectionTexts(fa, lastYear, format, catalog, (s, key) -> fa.explanation(s)
                .flatMap(e -> e.reason(key)).map(r -> inline(r.text().value(), refs, fa)));
        List<SectionView> out = new ArrayList<>();
        for (StandardSection s : StandardSection.values()) {
            Optional<ExplanationSection> written = fa.explanation(s);
            String generated = String.join("\n", texts.generate(s));
            String html;
            if (written.isPresent() && written.get().handWritten()) {
                html = block(written.get().notes(), refs, fa);
            } else {
                String notes = written.map(ExplanationSection::notes).orElse("");
                int here = notes.indexOf(GENERATED_HERE);
                if (here >= 0) {
                    html = block(notes.substring(0, here), refs, fa) + generated + block(notes.substring(here + GENERATED_HERE.length()), refs, fa);
                } else {
                    html = generated + block(notes, refs, fa);
                }
            }
            String heading = written.map(w -> w.heading().value()).orElse(s.heading());
            out.add(new SectionView(s.slug(), heading, html, charts.getOrDefault(s, List.of()),
                    s == StandardSection.PERFORMANCE ? performance : null));
        }
        return out;
    }

    /** An editor's Markdown as sanitised HTML, with references printed as figures. */
    private String block(String md, ModelRefs refs, FinalAccounts fa) {
        if (md.isBlank()) return "";
        List<String> figures = new ArrayList<>();
        String withTokens = replaceReferences(md, refs, fa, figures);
        String html = markdown.render(withTokens, 2);
        return restore(html, figures);
    }

    /** An editor's reason as inline HTML (no paragraph around it). */
    private String inline(String md, ModelRefs refs, FinalAccounts fa) {
        String html = block(md, refs, fa).strip();
        Matcher m = PARAGRAPH.matcher(html);
        return m.matches() && !m.group(1).contains("<p>") ? m.group(1) : html;
    }

    /**
     * References become private tokens before Markdown runs (so Markdown and the sanitiser never see
     * the figure's HTML) and are put back afterwards. An unknown reference is printed as written;
     * check reports it (DREF01) and the build stops before publishing.
     */
    private String replaceReferences(String md, ModelRefs refs, FinalAccounts fa, List<String> figures) {
        Matcher m = REFERENCE.matcher(md);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Optional<ModelRefs.Ref> r = refs.resolve(name);
            String replacement = m.group();
            if (r.isPresent()) {
                Prose p = new Prose(format, format.unitFor(fa.unit())).money(r.get().amount(), r.get().name());
                figures.add(p.html());
                replacement = "\uE000" + (figures.size() - 1) + "\uE001";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String restore(String html, List<String> figures) {
        for (int i = 0; i < figures.size(); i++) html = html.replace("\uE000" + i + "\uE001", figures.get(i));
        return html;
    }
}
