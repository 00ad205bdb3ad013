/**
 * Synthetic content for benchmarks and tests ({@code gongkai sample}): departments, years and every
 * document type, generated from a seed so that the same arguments always give the same bytes, with
 * every accounting identity holding by construction.
 */
package cn.gongkai.sample;
