package cn.gongkai.view;

import java.util.List;

/** The site's glossary page: every term shared by the disclosures, with its definition. */
public record GlossaryView(List<DisclosureView.TermView> terms) {

    public GlossaryView {
        terms = List.copyOf(terms);
    }
}
