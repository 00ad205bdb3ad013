package cn.gongkai.view;

import java.util.List;

/**
 * The home page: the latest documents by publish time, and every jurisdiction with its years. An
 * empty list comes with the sentence that says why it is empty.
 */
public record HomeView(List<DocumentEntry> latest, String latestEmpty, int total, List<Area> areas, String areasEmpty) {

    public HomeView {
        latest = List.copyOf(latest);
        areas = List.copyOf(areas);
    }

    /** A jurisdiction, its page, and its years (newest first), or why it has none. */
    public record Area(Link link, List<Link> years, String empty) {
        public Area {
            years = List.copyOf(years);
        }
    }
}
