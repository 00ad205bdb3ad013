package cn.gongkai.view;

import java.util.List;

/**
 * A jurisdiction's year: each document type with a link to its list, or the sentence saying none was
 * published; and the comparison of departments when there are final accounts.
 */
public record YearView(String heading, List<TypeEntry> types, Link comparison) {

    public YearView {
        types = List.copyOf(types);
    }

    /** A document type: its name, the link to its list (null when empty), how many, and why it is empty. */
    public record TypeEntry(String label, Link link, int count, String empty) {
    }
}
