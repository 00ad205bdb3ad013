package cn.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * 第一部分 部门概况: main duties (主要职责), internal bodies (内设机构), the units whose accounts
 * are consolidated (决算单位构成) and staffing (人员情况).
 */
public record Overview(List<Text> duties, InternalBodies internalBodies, List<BudgetUnit> units, Staff staff) {

    public Overview {
        duties = List.copyOf(duties);
        units = List.copyOf(units);
    }

    /** 内设机构: the kind of body (股室, 科室, …) and their names. */
    public record InternalBodies(Text kind, List<Text> names, Text note) {
        public InternalBodies {
            names = List.copyOf(names);
        }

        public Optional<Text> noteOpt() {
            return Optional.ofNullable(note);
        }
    }

    /** A unit included in the department's accounts, with an optional 备注. */
    public record BudgetUnit(Text name, Text note) {
        public Optional<Text> noteOpt() {
            return Optional.ofNullable(note);
        }
    }

    /** 人员情况 at year end; a null count was not published. */
    public record Staff(Integer administrativeQuota, Integer institutionQuota, Integer actual, Integer retired,
                        Text note, Location at) {
        public Optional<Text> noteOpt() {
            return Optional.ofNullable(note);
        }
    }
}
