package cn.gongkai.view;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The year-over-year clause of a sentence: 增加/减少 X 万元, 增长/下降 Y%, 持平 when equal, and no
 * percentage when last year was 0 (a new unit: 新设单位 / 上年无此项支出).
 */
final class YearOverYear {

    private YearOverYear() {
    }

    /** Appends "与上年相比，增加 X 万元，增长 Y%" (or 持平, or without % over a zero base) for {@code ref}. */
    static void clause(Prose p, BigDecimal current, BigDecimal previous, String ref) {
        BigDecimal change = current.subtract(previous);
        if (change.signum() == 0) {
            p.text("与上年持平");
            return;
        }
        p.text("与上年相比，" + (change.signum() > 0 ? "增加 " : "减少 ")).money(change.abs(), "yoy(" + ref + ")");
        Optional<BigDecimal> pct = Shares.percent(change.abs(), previous);
        if (pct.isPresent()) {
            p.text("，" + (change.signum() > 0 ? "增长 " : "下降 ")).percent(pct.get(), "yoy-pct(" + ref + ")");
        } else {
            p.text("（上年为 0，不计算增长率）");
        }
    }
}
