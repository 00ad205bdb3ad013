package cn.gongkai.content.shape;

import cn.gongkai.content.yaml.Interner;
import cn.gongkai.content.yaml.YNode;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;

import java.util.function.Consumer;

/** State while reading one file: where findings go, and the file's declared money unit. */
public final class ReadContext {

    private final Consumer<Finding> sink;
    private final Interner interner;
    private MoneyUnit unit;
    private int errors;

    public ReadContext(Consumer<Finding> sink) {
        this(sink, Interner.NONE);
    }

    /** {@code interner}: shares equal values (amounts) read during one load. */
    public ReadContext(Consumer<Finding> sink, Interner interner) {
        this.sink = sink;
        this.interner = interner;
    }

    public Interner interner() {
        return interner;
    }

    public void report(Finding f) {
        if (f.isError()) errors++;
        sink.accept(f);
    }

    public void error(String code, Location at, String message) {
        report(Finding.error(code, at, message));
    }

    /** Reports a value of the wrong type (YAML02) with what was expected and what was found. */
    public void typeError(YNode node, String expected) {
        report(Finding.error("YAML02", node.at(), "类型不对：应为" + expected + "，实际为" + node.kindName(),
                expected, node.kindName()));
    }

    public int errorCount() {
        return errors;
    }

    /** The money unit the file declared; amounts cannot be read before it is set. */
    public MoneyUnit unit() {
        return unit;
    }

    public void unit(MoneyUnit unit) {
        this.unit = unit;
    }
}
