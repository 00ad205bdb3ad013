/** Where things go in the published site (paths, relative URLs) and how the output folder is written safely. */
package cn.gongkai.site;
