/** Loading: reads content/ (YAML, Markdown) into the model, reporting every problem with file:line:column. */
package cn.gongkai.content;
