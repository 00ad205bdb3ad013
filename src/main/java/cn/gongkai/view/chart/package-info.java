/** What a chart shows (categories, series, title, text alternative), built by the views and drawn by render.chart. */
package cn.gongkai.view.chart;
