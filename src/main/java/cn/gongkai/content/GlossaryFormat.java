package cn.gongkai.content;

import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ListShape;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.model.GlossaryTerm;
import cn.gongkai.model.Location;
import cn.gongkai.model.Text;

import java.util.List;

/** The YAML form of glossary.yaml (名词解释 shared by every disclosure) and of per-disclosure additions. */
final class GlossaryFormat {

    /** A term as read, with where it was written. */
    record TermDraft(GlossaryTerm term, Location at) {
    }

    private static final Field<String> ID = Field.required("id", "标识（用于链接锚点，如 basic-expenditure）", Scalars.slug());
    private static final Field<Text> TERM_NAME = Field.required("term", "名词", Scalars.text());
    private static final Field<List<Text>> ALIASES = Field.optional("aliases", "其他写法", new ListShape<>(Scalars.text()));
    private static final Field<Text> DEFINITION = Field.required("definition", "解释", Scalars.text());

    static final ObjectShape<TermDraft> TERM = new ObjectShape<>("名词解释词条", List.of(ID, TERM_NAME, ALIASES, DEFINITION),
            v -> new TermDraft(new GlossaryTerm(v.get(ID), v.get(TERM_NAME), v.opt(ALIASES).orElse(List.of()),
                    v.get(DEFINITION)), v.at()));

    private static final Field<List<TermDraft>> TERMS = Field.required("terms", "词条", new ListShape<>(TERM));

    static final ObjectShape<List<TermDraft>> ROOT = new ObjectShape<>("glossary.yaml", List.of(TERMS), v -> v.get(TERMS));

    private GlossaryFormat() {
    }
}
