/**
 * Declarations of what a content file may hold. One declaration both reads a YAML tree into model
 * values (reporting wrong types, unknown and missing keys in Chinese) and describes itself as JSON
 * Schema for editors' tools, so the loader and the schema cannot disagree.
 */
package cn.gongkai.content.shape;
