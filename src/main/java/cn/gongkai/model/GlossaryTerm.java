package cn.gongkai.model;

import java.util.List;

/** A term of 名词解释: its anchor id, the term, other spellings, and the definition. */
public record GlossaryTerm(String id, Text term, List<Text> aliases, Text definition) {

    public GlossaryTerm {
        aliases = List.copyOf(aliases);
    }
}
