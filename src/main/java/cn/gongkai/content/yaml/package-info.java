/** A YAML tree in which every node knows its line and column, read with Jackson's streaming YAML parser. */
package cn.gongkai.content.yaml;
