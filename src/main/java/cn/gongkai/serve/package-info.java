/**
 * {@code gongkai serve}: a preview server for editors on 127.0.0.1 that rebuilds incrementally when
 * content or theme files change and reloads open pages, or shows the content's errors instead.
 */
package cn.gongkai.serve;
