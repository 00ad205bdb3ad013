package cn.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One standard section of the editor's explanations (explanations.md): its heading as written, the
 * notes printed after the generated sentences (Markdown), the reasons keyed to the figures they
 * explain ({@code ### 原因：2010301}), and whether the editor replaced the generated text
 * ({@code <!-- 手写 -->}). {@code markdown} is the whole body as written, for checks that read it all.
 */
public record ExplanationSection(StandardSection section, Text heading, String markdown, Location bodyAt,
                                 String notes, Location notesAt, List<Reason> reasons, boolean handWritten) {

    public ExplanationSection {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(bodyAt, "bodyAt");
        reasons = List.copyOf(reasons);
    }

    /** The reason given for {@code key} (a 项 code, an item such as 会议费, or 与上年相比). */
    public Optional<Reason> reason(String key) {
        return reasons.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** A reason block: its key, where its {@code ### 原因：} heading stands, and its Markdown text. */
    public record Reason(String key, Location headingAt, Text text) {
    }
}
