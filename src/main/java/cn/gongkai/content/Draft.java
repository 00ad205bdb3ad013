package cn.gongkai.content;

/** A value read from YAML that still needs the year's catalog (row names, computed parents) to be finished. */
@FunctionalInterface
interface Draft<T> {

    T resolve(Resolver r);
}
