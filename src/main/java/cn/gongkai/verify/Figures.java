package cn.gongkai.verify;

import cn.gongkai.model.Amount;
import cn.gongkai.model.BudgetComparisons;
import cn.gongkai.model.Facts;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.ModelRefs;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;
import cn.gongkai.model.performance.ProjectEvaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the {@code data-ref} of a figure in a generated sentence against the model, independently
 * of the code that wrote the sentence: a model reference ({@code gk03.total.basic}), {@code share(a,b)},
 * {@code sum(…)}, {@code yoy(a)} and {@code yoy-pct(a)} against last year, {@code diff(key)} of a
 * budget comparison, and the counts of facts and performance. Money comes back in the display unit.
 */
public final class Figures {

    private static final Pattern CALL = Pattern.compile("([a-z-]+)\\((.*)\\)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FinalAccounts fa;
    private final FinalAccounts previous;
    private final MoneyUnit unit;
    private final ModelRefs refs;

    public Figures(FinalAccounts fa, FinalAccounts previous, MoneyUnit displayUnit) {
        this.fa = fa;
        this.previous = previous;
        this.unit = displayUnit;
        this.refs = ModelRefs.of(fa);
    }

    /** The value {@code ref} names, or empty when it names nothing. */
    public Optional<BigDecimal> value(String ref) {
        Matcher m = CALL.matcher(ref);
        if (!m.matches()) return plain(ref);
        String fn = m.group(1);
        List<String> args = split(m.group(2));
        return switch (fn) {
            case "share" -> both(args, (a, b) -> b.signum() == 0 ? null : a.multiply(HUNDRED).divide(b, 2, RoundingMode.HALF_UP));
            case "sum" -> sum(args.get(0));
            case "count" -> args.get(0).equals("performance.projects") ? Optional.of(BigDecimal.valueOf(evaluated().size())) : Optional.empty();
            case "yoy" -> change(args.get(0)).map(BigDecimal::abs);
            case "yoy-pct" -> change(args.get(0)).flatMap(c -> lastYear(args.get(0)).filter(p -> p.signum() != 0)
                    .map(p -> c.abs().multiply(HUNDRED).divide(p, 2, RoundingMode.HALF_UP)));
            case "diff" -> BudgetComparisons.of(fa).stream().filter(c -> c.key().equals(args.get(0))).findFirst()
                    .map(c -> convert(c.actual().subtract(c.budget()).abs(), fa.unit()));
            default -> Optional.empty();
        };
    }

    private Optional<BigDecimal> plain(String ref) {
        Optional<ModelRefs.Ref> r = refs.resolve(ref);
        if (r.isPresent()) return Optional.of(money(r.get().amount()));
        if (ref.startsWith("facts.three_public.")) return count(fa.facts().threePublic(), ref.substring(19));
        if (ref.startsWith("facts.assets.")) return count(fa.facts().assets(), ref.substring(13));
        Matcher p = Pattern.compile("performance\\.project-(\\d+)\\.(score|budget|actual)").matcher(ref);
        if (p.matches()) {
            int n = Integer.parseInt(p.group(1));
            List<ProjectEvaluation> list = evaluated();
            if (n < 1 || n > list.size()) return Optional.empty();
            ProjectEvaluation e = list.get(n - 1);
            return switch (p.group(2)) {
                case "score" -> Optional.ofNullable(e.score()).map(q -> q.value());
                case "budget" -> fund(e, ExecutionColumn.BUDGET);
                default -> fund(e, ExecutionColumn.ACTUAL);
            };
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> sum(String what) {
        Function<Facts.LineBudget, Amount> pick = switch (what) {
            case "facts.budgets.*.initial" -> Facts.LineBudget::initial;
            case "facts.budgets.*.adjusted" -> Facts.LineBudget::adjusted;
            default -> null;
        };
        if (pick != null) {
            return Optional.of(fa.facts().budgets().stream().map(pick).map(this::money).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (what.equals("performance.projects.actual")) {
            return Optional.of(evaluated().stream().map(e -> fund(e, ExecutionColumn.ACTUAL).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> change(String ref) {
        return value(ref).flatMap(now -> lastYear(ref).map(now::subtract));
    }

    private Optional<BigDecimal> lastYear(String ref) {
        return previous == null ? Optional.empty() : new Figures(previous, null, unit).value(ref);
    }

    private List<ProjectEvaluation> evaluated() {
        List<ProjectEvaluation> out = new ArrayList<>();
        fa.performanceOpt().ifPresent(p -> p.projects().stream().filter(e -> e.fund(FundSource.TOTAL).isPresent()).forEach(out::add));
        return out;
    }

    private Optional<BigDecimal> fund(ProjectEvaluation e, ExecutionColumn c) {
        return e.fund(FundSource.TOTAL).flatMap(x -> x.get(c)).map(a -> a.valueIn(unit));
    }

    private BigDecimal money(Amount a) {
        return a == null ? BigDecimal.ZERO : a.valueIn(unit);
    }

    private BigDecimal convert(BigDecimal v, MoneyUnit from) {
        return v.multiply(from.inYuan()).divide(unit.inYuan());
    }

    /** A count field of a facts record, by its YAML key. */
    private static Optional<BigDecimal> count(Record facts, String key) {
        if (facts == null) return Optional.empty();
        Map<String, String> keyToComponent = Map.ofEntries(
                Map.entry("overseas_groups", "overseasGroups"), Map.entry("overseas_people", "overseasPeople"),
                Map.entry("vehicles_purchased", "vehiclesPurchased"), Map.entry("vehicles_owned", "vehiclesOwned"),
                Map.entry("reception_batches", "receptionBatches"), Map.entry("reception_people", "receptionPeople"),
                Map.entry("foreign_reception_batches", "foreignReceptionBatches"), Map.entry("foreign_reception_people", "foreignReceptionPeople"),
                Map.entry("vehicles", "vehicles"), Map.entry("general_equipment_over_50", "generalEquipmentOver50"),
                Map.entry("special_equipment_over_100", "specialEquipmentOver100"), Map.entry("vehicles_bought", "vehiclesBought"),
                Map.entry("general_equipment_over_50_bought", "generalEquipmentOver50Bought"),
                Map.entry("special_equipment_over_100_bought", "specialEquipmentOver100Bought"));
        String component = keyToComponent.get(key);
        if (component == null) return Optional.empty();
        try {
            Object v = facts.getClass().getMethod(component).invoke(facts);
            return Optional.of(v == null ? BigDecimal.ZERO : BigDecimal.valueOf((Integer) v));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> both(List<String> args, java.util.function.BinaryOperator<BigDecimal> f) {
        if (args.size() != 2) return Optional.empty();
        Optional<BigDecimal> a = value(args.get(0));
        Optional<BigDecimal> b = value(args.get(1));
        return a.isPresent() && b.isPresent() ? Optional.ofNullable(f.apply(a.get(), b.get())) : Optional.empty();
    }

    /** Splits "a,b" at top-level commas (arguments may be calls themselves). */
    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) {
                out.add(args.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(args.substring(start).strip());
        return out;
    }
}
