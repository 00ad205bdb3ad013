package cn.gongkai.view;

import java.util.List;

/** The home page: the documents published on the site (final accounts, budget reviews), newest year first. */
public record HomeView(List<Entry> disclosures, String emptyMessage) {

    public HomeView {
        disclosures = List.copyOf(disclosures);
    }

    /** A disclosure in the list: jurisdiction, year, type, department, with a link to its page. */
    public record Entry(Link link, String jurisdiction, int year, String type, String department) {
    }
}
