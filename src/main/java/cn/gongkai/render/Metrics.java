package cn.gongkai.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a build spent its time: each stage (wall time) and each template (summed over the threads
 * that rendered it, with the number of pages). Printed by {@code build --metrics}.
 */
public final class Metrics {

    /** Time and count of one template. */
    public record TemplateTime(long nanos, long pages) {
    }

    private final Map<String, Long> stages = new LinkedHashMap<>();
    private final Map<String, LongAdder[]> templates = new ConcurrentHashMap<>();

    public synchronized void stage(String name, long nanos) {
        stages.merge(name, nanos, Long::sum);
    }

    void template(String name, long nanos) {
        LongAdder[] a = templates.computeIfAbsent(name, k -> new LongAdder[]{new LongAdder(), new LongAdder()});
        a[0].add(nanos);
        a[1].increment();
    }

    public synchronized Map<String, Long> stages() {
        return new LinkedHashMap<>(stages);
    }

    /** By template name. */
    public Map<String, TemplateTime> templates() {
        Map<String, TemplateTime> out = new TreeMap<>();
        templates.forEach((k, v) -> out.put(k, new TemplateTime(v[0].sum(), v[1].sum())));
        return out;
    }
}
