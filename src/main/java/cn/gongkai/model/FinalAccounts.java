package cn.gongkai.model;

import cn.gongkai.model.performance.Performance;
import cn.gongkai.model.table.FinalAccountsTables;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One final-accounts disclosure (部门决算公开): a department's year, with its review lines, 概况,
 * tables, the facts its explanations need, the editor's explanations, performance
 * self-evaluations and glossary. {@code at} is the
 * final-accounts.yaml it was read from.
 */
public record FinalAccounts(Department department, int year, MoneyUnit unit, Location at,
                            Text title, PublishTime published, Text preparedBy, ReviewStatus review, Overview overview,
                            FinalAccountsTables tables, Facts facts, List<ExplanationSection> explanations,
                            Performance performance, List<GlossaryTerm> glossary) {

    public FinalAccounts {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(facts, "facts");
        explanations = List.copyOf(explanations);
        glossary = List.copyOf(glossary);
    }

    /** This disclosure with other tables (e.g. {@link FinalAccountsTables#released released} ones). */
    public FinalAccounts withTables(FinalAccountsTables other) {
        return new FinalAccounts(department, year, unit, at, title, published, preparedBy, review, overview, other, facts, explanations,
                performance, glossary);
    }

    /** This disclosure, with its tables read again if they were released. */
    public FinalAccounts withTablesRead() {
        return tables.isReleased() ? withTables(tables.reread()) : this;
    }

    /** The title as published: given, or "<部门>{year} 年部门决算". */
    public String displayTitle() {
        return title != null ? title.value() : department.name().value() + " " + year + " 年部门决算";
    }

    /** 编制部门 printed on each table: given, or the department's name. */
    public String preparer() {
        return preparedBy != null ? preparedBy.value() : department.name().value();
    }

    public Optional<ExplanationSection> explanation(StandardSection section) {
        return explanations.stream().filter(e -> e.section() == section).findFirst();
    }

    public Optional<Performance> performanceOpt() {
        return Optional.ofNullable(performance);
    }

    public Optional<PublishTime> publishedOpt() {
        return Optional.ofNullable(published);
    }

    public Optional<ReviewStatus> reviewOpt() {
        return Optional.ofNullable(review);
    }
}
