package cn.gongkai.model;

import java.util.Optional;

/**
 * A code of the government revenue and expenditure classification (政府收支分类科目): either a
 * function code (功能分类, 类/款/项) or an economic code (经济分类, 类/款).
 */
public sealed interface ClassificationCode permits FunctionCode, EconomicCode {

    /** The digits, e.g. "2010301". */
    String digits();

    /** The level name: 类, 款 or 项. */
    String levelName();

    /** The code one level up, empty for a 类. */
    Optional<? extends ClassificationCode> parent();

    default boolean isTopLevel() {
        return parent().isEmpty();
    }
}
