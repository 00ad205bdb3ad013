/**
 * The published tables of a final-accounts disclosure (部门决算公开表 公开01–09) as typed data: rows
 * keyed by classification code, columns by enum, blank cells kept apart from zero.
 */
package cn.gongkai.model.table;
