/** Helpers any stage may use that belong to none: running work on every core. */
package cn.gongkai.internal;
