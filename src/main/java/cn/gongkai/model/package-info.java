/** The disclosure as data: immutable records, amounts as BigDecimal with their unit, every value with its source location. */
package cn.gongkai.model;
