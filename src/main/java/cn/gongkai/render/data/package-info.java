/** Machine-readable downloads: each table as CSV and JSON, each disclosure as a Fiscal Data Package. */
package cn.gongkai.render.data;
