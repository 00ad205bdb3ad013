/** The command line: build and check, with reports in Chinese and exit codes that mean something. */
package cn.gongkai.cli;
