package cn.gongkai.view;

import java.util.List;

/** The departments that published one type of document in a year, with their publish times. */
public record DocumentListView(String heading, List<DocumentEntry> documents, Link comparison) {

    public DocumentListView {
        documents = List.copyOf(documents);
    }
}
