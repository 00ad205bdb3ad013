/**
 * gongkai publishes budget and final-accounts disclosures (预决算公开) as a checked static site.
 * {@link cn.gongkai.Gongkai} runs the pipeline; each stage has its package: content (loading),
 * model, view, render, site (paths and output), cli; internal holds what several stages use.
 */
package cn.gongkai;
