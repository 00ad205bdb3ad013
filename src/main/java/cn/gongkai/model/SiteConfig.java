package cn.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * site.yaml: the site's title and publisher, how amounts are displayed (in a forced unit, or each
 * file's own unit when null, with a fixed number of decimals), and how content is checked.
 */
public record SiteConfig(Text title, Text publisher, MoneyUnit displayUnit, int decimals, CheckSettings checks, Location at) {

    /**
     * Check settings: the 尾差 tolerance for 万元 tables (per addend, and at most), and the first
     * year of accounts whose set has 9 tables (公开09 国有资本经营).
     */
    public record CheckSettings(BigDecimal roundingPerAddend, BigDecimal roundingMax, int stateCapitalFrom) {
        public static final CheckSettings DEFAULT = new CheckSettings(new BigDecimal("0.01"), new BigDecimal("0.05"), 2020);
    }

    public Optional<MoneyUnit> displayUnitOpt() {
        return Optional.ofNullable(displayUnit);
    }
}
