package cn.gongkai.view;

/**
 * A document in a list: the link to it, its type, jurisdiction, year and department, and its publish
 * time as printed ("2020-10-22 10:00") and as a machine-readable {@code datetime} — both null when the
 * content does not give one.
 */
public record DocumentEntry(Link link, String type, String jurisdiction, int year, String department, String published,
                            String datetime) {
}
