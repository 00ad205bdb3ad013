package cn.gongkai.model;

import java.util.Objects;

/**
 * One standard section of the editor's explanations (explanations.md): its heading as written and
 * its Markdown body, with the line where the heading stands.
 */
public record ExplanationSection(StandardSection section, Text heading, String markdown, Location bodyAt) {

    public ExplanationSection {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(bodyAt, "bodyAt");
    }
}
