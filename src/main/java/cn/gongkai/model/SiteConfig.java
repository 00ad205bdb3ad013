package cn.gongkai.model;

import java.util.Optional;

/**
 * site.yaml: the site's title and publisher, and how amounts are displayed: in a forced unit
 * (null = each file's own unit, as published) with a fixed number of decimals.
 */
public record SiteConfig(Text title, Text publisher, MoneyUnit displayUnit, int decimals, Location at) {

    public Optional<MoneyUnit> displayUnitOpt() {
        return Optional.ofNullable(displayUnit);
    }
}
