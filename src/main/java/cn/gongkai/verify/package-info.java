/** Checks a published site against the content it came from, number by number. */
package cn.gongkai.verify;
