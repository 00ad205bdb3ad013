/**
 * Charts as inline SVG: {@link cn.gongkai.render.chart.ChartData} says what to show,
 * {@link cn.gongkai.render.chart.ChartRenderer} draws it with JFreeChart onto Batik's SVGGraphics2D,
 * deterministically, accessibly, with text kept as text.
 */
package cn.gongkai.render.chart;
