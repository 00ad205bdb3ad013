/**
 * What the templates print, computed once: tables as header and body grids with formatted amounts,
 * sentences, links relative to each page. Templates present; everything here is testable without them.
 */
package cn.gongkai.view;
