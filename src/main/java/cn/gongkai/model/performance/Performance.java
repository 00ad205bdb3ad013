package cn.gongkai.model.performance;

import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Text;

import java.util.List;
import java.util.Optional;

/**
 * performance.yaml of a disclosure: the project self-evaluation forms, the notes printed under
 * each form, and the department self-evaluation.
 */
public record Performance(MoneyUnit unit, List<ProjectEvaluation> projects, List<Text> formNotes,
                          DepartmentEvaluation department, Location at) {

    public Performance {
        projects = List.copyOf(projects);
        formNotes = List.copyOf(formNotes);
    }

    public Optional<DepartmentEvaluation> departmentOpt() {
        return Optional.ofNullable(department);
    }
}
