package cn.gongkai.render.chart;

/** Charts are drawn with AWT on build machines and CI runners that have no display. */
final class Headless {

    private Headless() {
    }

    /** Turns headless mode on unless the caller chose otherwise; it must happen before AWT starts. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
