package cn.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * site.yaml: the site's title and publisher, how amounts are displayed (in a forced unit, or each
 * file's own unit when null, with a fixed number of decimals), how content is checked, and the
 * identifiers government pages carry (each shown only when given).
 */
public record SiteConfig(Text title, Text publisher, MoneyUnit displayUnit, int decimals, CheckSettings checks,
                         Identity identity, Location at) {

    /**
     * 网站标识: 联系方式, 网站标识码, ICP备案号, 公安备案号, the portal's domain (SiteDomain), the
     * column name (ColumnName), and the absolute address the site is deployed at (for sitemap and feed).
     */
    public record Identity(Text contact, Text siteCode, Text icp, Text police, Text domain, Text column, Text baseUrl) {
        public static final Identity NONE = new Identity(null, null, null, null, null, null, null);
    }

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
