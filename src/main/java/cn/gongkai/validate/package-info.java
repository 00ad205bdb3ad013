/**
 * Checks a loaded disclosure the way the finance software's audit formulas (审核公式) do: totals,
 * hierarchies, equalities between tables, completeness, codes, rounding residues, template remnants.
 * Every rule has a stable code listed in {@link cn.gongkai.validate.Rules} and documented in docs/rules.md.
 */
package cn.gongkai.validate;
