package cn.gongkai.validate;

import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Location;
import cn.gongkai.model.Text;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Template remnants (M01–M04) in any text of a disclosure: placeholders (XX, ××), a 主要原因 with
 * no reason after it, alternatives left unchosen (增加（减少）), and the template's own instructions.
 */
final class RemnantChecks implements Check {

    /**
     * A pattern, its rule, what to tell the editor, and texts one of which any match contains (so the
     * regex runs only on the few texts that could match: every text of every disclosure is scanned).
     */
    private record Remnant(String code, Pattern pattern, String advice, List<String> hints) {
    }

    /** The words of which the template offers two, one in brackets (M03). */
    private static final String ALTERNATIVES = "增加|减少|增长|下降|大于|小于|超过|节约";

    private static final List<Remnant> REMNANTS = List.of(
            new Remnant("M01", Pattern.compile("(?<![A-Za-z])[XＸ]{2,}(?![A-Za-z])|[×✕＊*]{2,}"),
                    "模板占位符未替换：请填写实际内容", List.of("X", "Ｘ", "×", "✕", "＊", "*")),
            new Remnant("M02", Pattern.compile("主要原因(?:是|为|有)?[：:]?\\s*(?:[。；;，,]|$)"),
                    "「主要原因」后面没有写原因：请写明原因，或删去这句", List.of("主要原因")),
            new Remnant("M03", Pattern.compile("(?:" + ALTERNATIVES + ")\\s*[（(](?:" + ALTERNATIVES + ")[）)]"
                    + "|[（(](?:增加|减少|增长|下降)[）)]"),
                    "模板中的备选词未选定：请按实际情况只保留一个（如「增加」或「减少」）",
                    // a bracket and the first character of a word: brackets alone are in most texts
                    Arrays.stream(ALTERNATIVES.split("\\|")).map(w -> w.substring(0, 1)).distinct()
                            .flatMap(w -> Stream.of("（" + w, "(" + w)).toList()),
            new Remnant("M04", Pattern.compile("如持平作持平表述|仍保留该表格式|在本表下方作下述说明|请在此处|如没有请填无|按上述格式|此处填写|（单位名称）|（部门名称）"),
                    "模板的填写说明未删除：请删去说明文字并填写实际内容", List.of("如持平作持平表述", "仍保留该表格式", "在本表下方作下述说明",
                    "请在此处", "如没有请填无", "按上述格式", "此处填写", "（单位名称）", "（部门名称）")));

    /** A hint and the index of its remnant. */
    private record Hint(String text, int remnant) {
    }

    /** For each character, 1 + the index in {@code HINTS} of the hints beginning with it; 0 for most characters. */
    private static final byte[] HINT_GROUP = new byte[Character.MAX_VALUE + 1];
    private static final List<List<Hint>> HINTS = new ArrayList<>();

    static {
        for (int k = 0; k < REMNANTS.size(); k++) {
            for (String h : REMNANTS.get(k).hints()) {
                char first = h.charAt(0);
                if (HINT_GROUP[first] == 0) {
                    HINTS.add(new ArrayList<>());
                    HINT_GROUP[first] = (byte) HINTS.size();
                }
                HINTS.get(HINT_GROUP[first] - 1).add(new Hint(h, k));
            }
        }
    }

    @Override
    public void check(FinalAccounts fa, Report r) {
        List<Text> texts = new ArrayList<>();
        collect(fa.overview(), texts);
        collect(fa.review(), texts);
        collect(fa.title(), texts);
        collect(fa.preparedBy(), texts);
        fa.tables().all().forEach(t -> {
            collect(t.meta(), texts);
            collect(t.rows(), texts);
        });
        collect(fa.performance(), texts);
        collect(fa.glossary(), texts);
        for (Text t : texts) scan(t.value(), t.at(), r);
        for (ExplanationSection s : fa.explanations()) {
            scan(s.heading().value(), s.heading().at(), r);
            List<String> lines = s.markdown().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Location at = s.bodyAt();
                scan(lines.get(i), new Location(at.file(), at.line() + i, 1), r);
            }
        }
    }

    private static void scan(String text, Location at, Report r) {
        int candidates = candidates(text);
        for (int k = 0; candidates != 0; k++, candidates >>>= 1) {
            if ((candidates & 1) == 0) continue;
            Remnant m = REMNANTS.get(k);
            Matcher matcher = m.pattern().matcher(text);
            if (matcher.find()) {
                r.error(m.code(), where(text, matcher.start(), at), m.advice() + "：「" + excerpt(text, matcher.start(), matcher.end()) + "」");
            }
        }
    }

    /**
     * Bit k set when the text contains a hint of {@code REMNANTS.get(k)}: one pass over the text, where
     * asking each remnant's each hint in turn read it 17 times.
     */
    static int candidates(String text) {
        int found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int group = HINT_GROUP[text.charAt(i)];
            if (group == 0) continue;
            for (Hint h : HINTS.get(group - 1)) {
                if ((found & 1 << h.remnant()) == 0 && text.startsWith(h.text(), i)) found |= 1 << h.remnant();
            }
        }
        return found;
    }

    /** Whether {@code REMNANTS.get(k)} can match {@code text} only where {@link #candidates} says it may. */
    static boolean hintsHold(String text) {
        int candidates = candidates(text);
        for (int k = 0; k < REMNANTS.size(); k++) {
            if ((candidates & 1 << k) == 0 && REMNANTS.get(k).pattern().matcher(text).find()) return false;
        }
        return true;
    }

    /** The match's own line and column in a one-line text; the text's start for a block of several lines. */
    private static Location where(String text, int offset, Location at) {
        return text.indexOf('\n') < 0 ? new Location(at.file(), at.line(), at.column() + offset) : at;
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 12);
        int to = Math.min(text.length(), end + 12);
        return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
    }

    /** A record type's component accessors, looked up once per type rather than for every record scanned. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new);
        }
    };

    /**
     * Every {@link Text} reachable from {@code o} through records, collections and maps: new fields
     * of the model are scanned without changes here.
     */
    static void collect(Object o, List<Text> out) {
        if (o == null) return;
        if (o instanceof Text t) {
            out.add(t);
        } else if (o instanceof Collection<?> c) {
            for (Object x : c) collect(x, out);
        } else if (o instanceof Map<?, ?> m) {
            for (Object x : m.values()) collect(x, out);
        } else if (o.getClass().isRecord()) {
            for (Method accessor : ACCESSORS.get(o.getClass())) {
                try {
                    collect(accessor.invoke(o), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
