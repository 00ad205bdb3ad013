/** Writing the site: FreeMarker pages from the theme, the theme's static files. */
package cn.gongkai.render;
