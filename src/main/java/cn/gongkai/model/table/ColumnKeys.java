package cn.gongkai.model.table;

import java.util.Locale;

/**
 * The content-file keys of enum columns, made once per constant: {@link Column#key()} is asked for
 * every cell of every table (naming figures, data files, templates), and lower-casing the name each
 * time was a fifth of naming a disclosure's figures.
 */
final class ColumnKeys {

    private static final ClassValue<String[]> KEYS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] keys = new String[constants.length];
            for (int i = 0; i < constants.length; i++) keys[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            return keys;
        }
    };

    private ColumnKeys() {
    }

    static String of(Enum<?> constant) {
        return KEYS.get(constant.getDeclaringClass())[constant.ordinal()];
    }
}
