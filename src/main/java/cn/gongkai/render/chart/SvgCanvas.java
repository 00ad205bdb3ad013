package cn.gongkai.render.chart;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * What an {@link SvgGraphics} and every copy JFreeChart makes of it share: the markup of one chart and
 * the clip paths written so far. A clip path is written once, where it is first needed, with an id that
 * starts with the chart's id, so charts inlined in one page never share ids.
 */
final class SvgCanvas {

    private final SvgMarkup out;
    private final String chartId;
    /** Clip shape's markup → its id. */
    private final Map<String, String> clips = new HashMap<>();
    /** JFreeChart clips runs of elements alike: the last clip asked for, and its reference, are kept at hand. */
    private Shape lastClip;
    private String lastReference;

    SvgCanvas(SvgMarkup out, String chartId) {
        this.out = out;
        this.chartId = chartId;
    }

    SvgMarkup out() {
        return out;
    }

    /** The reference to a clip path of {@code clip} (in the chart's coordinates), written on first use. */
    String clipReference(Shape clip) {
        if (clip == lastClip) return lastReference;
        SvgMarkup shape = new SvgMarkup(64);
        if (clip instanceof Rectangle2D r) {
            shape.start("rect").attr("x", r.getX()).attr("y", r.getY())
                    .attr("width", Math.max(0, r.getWidth())).attr("height", Math.max(0, r.getHeight())).end();
        } else {
            shape.start("path").pathData(clip.getPathIterator(null)).end();
        }
        String key = shape.toString();
        String id = clips.get(key);
        if (id == null) {
            id = chartId + "-clip" + (clips.size() + 1);
            clips.put(key, id);
            out.start("clipPath").attr("id", id).open();
            out.raw(key);
            out.close("clipPath");
        }
        lastClip = clip;
        lastReference = "url(#" + id + ")";
        return lastReference;
    }
}
