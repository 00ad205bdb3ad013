package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run by {@link ChartRendererTest} in a second JVM: writes every sample chart, with and without the machine's fonts. */
public final class RenderInAnotherJvm {

    private RenderInAnotherJvm() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), renderAll(), StandardCharsets.UTF_8);
    }

    static String renderAll() {
        StringBuilder out = new StringBuilder();
        for (CjkFontProbe fonts : new CjkFontProbe[] {CjkFontProbe.none(), CjkFontProbe.system()}) {
            ChartRenderer renderer = new ChartRenderer(ValueFormat.DEFAULT, fonts, warning -> { });
            for (ChartData chart : Charts.all()) out.append(renderer.render(chart)).append('\n');
        }
        return out.toString();
    }
}
