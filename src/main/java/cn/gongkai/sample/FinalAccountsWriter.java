package cn.gongkai.sample;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.table.TableKind;

import java.util.ArrayList;
import java.util.List;

/** final-accounts.yaml of a department-year: review, 部门概况, facts, 名词解释 and the tables. */
final class FinalAccountsWriter {

    private static final List<String> GLOSSARY = List.of("fiscal-appropriation-income", "business-income", "operating-income", "other-income",
            "opening-balance", "closing-balance", "basic-expenditure", "project-expenditure", "operating-expenditure", "three-public",
            "operating-costs", "government-fund");

    private FinalAccountsWriter() {
    }

    static String write(DepartmentPlan d, YearFigures f, Catalog catalog, String published) {
        Yaml y = new Yaml();
        y.line("# " + d.name() + " " + f.year() + " 年部门决算（gongkai sample 生成的虚构内容，各表勾稽关系成立）");
        y.field(0, "unit", d.unit().label());
        y.field(0, "published", published);
        y.blank();
        y.line("review:");
        y.field(2, "confidentiality", "已审查");
        y.field(2, "sign_off", Yaml.text("经单位负责人" + d.head() + "审签，同意公开"));
        y.blank();
        overview(d, f, y);
        y.blank();
        facts(f, y);
        y.blank();
        List<String> glossary = new ArrayList<>(GLOSSARY);
        if (f.year() >= TableKind.NINE_TABLES_FROM) glossary.add("state-capital-budget");
        y.field(0, "glossary", "[" + String.join(", ", glossary) + "]");
        y.blank();
        new TablesWriter(f, d.unit(), catalog, y).write();
        return y.toString();
    }

    private static void overview(DepartmentPlan d, YearFigures f, Yaml y) {
        y.line("overview:");
        y.texts(2, "duties", d.kind().duties().stream().map(d::localise).toList());
        y.line("  internal_bodies:");
        List<String> bodies = d.internalBodies();
        y.field(4, "kind", bodies.stream().anyMatch(b -> b.endsWith("股")) ? "股室" : "科室");
        y.texts(4, "names", bodies);
        y.line("  units:");
        for (DepartmentPlan.BudgetUnit u : d.units()) {
            y.item(4, new Yaml.Flow().put("name", Yaml.text(u.name())).put("note", Yaml.text(u.note())).toString());
        }
        y.line("  staff:");
        y.field(4, "administrative_quota", Integer.toString(d.adminQuota()));
        if (d.institutionQuota() > 0) y.field(4, "institution_quota", Integer.toString(d.institutionQuota()));
        y.field(4, "actual", Integer.toString(f.staff()));
        y.field(4, "retired", Integer.toString(f.retired()));
    }

    private static void facts(YearFigures f, Yaml y) {
        y.line("facts:");
        y.line("  budgets:");
        f.general().forEach((code, l) -> y.item(4, new Yaml.Flow().code(code).amount("initial", l.initial()).amount("adjusted", l.adjusted()).toString()));
        var o = f.operatingCosts();
        y.field(2, "operating_costs", new Yaml.Flow().amount("initial", o.initial()).amount("carried_over", o.carriedOver())
                .amount("adjusted", o.adjusted()).amount("actual", o.actual()).toString());
        var c = f.counts();
        y.field(2, "three_public", new Yaml.Flow().count("overseas_groups", c.overseasGroups()).count("overseas_people", c.overseasPeople())
                .count("vehicles_purchased", c.vehiclesPurchased()).count("vehicles_owned", c.vehiclesOwned())
                .count("reception_batches", c.receptionBatches()).count("reception_people", c.receptionPeople())
                .count("foreign_reception_batches", c.foreignBatches()).count("foreign_reception_people", c.foreignPeople()).toString());
        var p = f.procurement();
        y.field(2, "procurement", new Yaml.Flow().amount("total", p.total()).amount("goods", p.goods()).amount("works", p.works())
                .amount("services", p.services()).amount("sme_awarded", p.smeAwarded()).toString());
        var a = f.assets();
        y.field(2, "assets", new Yaml.Flow().count("vehicles", a.vehicles()).count("general_equipment_over_50", a.generalEquipment())
                .count("special_equipment_over_100", a.specialEquipment()).count("vehicles_bought", a.vehiclesBought())
                .count("general_equipment_over_50_bought", a.generalEquipmentBought())
                .count("special_equipment_over_100_bought", a.specialEquipmentBought()).toString());
    }
}
