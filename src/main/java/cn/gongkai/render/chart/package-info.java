/**
 * Charts as inline SVG: {@link cn.gongkai.view.chart.ChartData} says what to show,
 * {@link cn.gongkai.render.chart.ChartRenderer} draws it with JFreeChart onto a Graphics2D of our own that
 * writes SVG markup directly, deterministically, accessibly, with text kept as text.
 */
package cn.gongkai.render.chart;
