package cn.gongkai.view;

import java.util.List;

/** A jurisdiction's page: its years, newest first, each with what was published, or why there is nothing. */
public record JurisdictionView(String heading, List<YearEntry> years, String empty) {

    public JurisdictionView {
        years = List.copyOf(years);
    }

    /** A year and its contents, e.g. "部门决算 3 个部门". */
    public record YearEntry(Link link, List<String> contents) {
        public YearEntry {
            contents = List.copyOf(contents);
        }
    }
}
