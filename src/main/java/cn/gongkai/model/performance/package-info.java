/** Performance self-evaluations (绩效自评): per project and for the department as a whole. */
package cn.gongkai.model.performance;
