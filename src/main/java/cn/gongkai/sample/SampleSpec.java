package cn.gongkai.sample;

/**
 * What to generate: {@code departments} departments, each with {@code years} consecutive years of
 * final accounts from {@link #FIRST_YEAR}, all drawn from {@code seed}. Nothing else (not the clock)
 * decides the output.
 */
public record SampleSpec(int departments, int years, long seed) {

    /** The first year of accounts: 2019 has the 8-table set, 2020 on the 9-table set. */
    public static final int FIRST_YEAR = 2019;
    public static final int MAX_DEPARTMENTS = 10_000;
    public static final int MAX_YEARS = 30;

    public SampleSpec {
        if (departments < 1 || departments > MAX_DEPARTMENTS) {
            throw new IllegalArgumentException("部门数应在 1 至 " + MAX_DEPARTMENTS + " 之间，实际为 " + departments);
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("年度数应在 1 至 " + MAX_YEARS + " 之间，实际为 " + years);
        }
    }

    public int lastYear() {
        return FIRST_YEAR + years - 1;
    }
}
