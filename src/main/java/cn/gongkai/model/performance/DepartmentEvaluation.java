package cn.gongkai.model.performance;

import cn.gongkai.model.Location;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;

import java.util.List;

/**
 * 部门整体支出绩效自评表: the reporting unit, the overall score (自评得分), the summary questions
 * with their answers, the indicators, and the 备注 under the table.
 */
public record DepartmentEvaluation(Text reportingUnit, Quantity score, List<Summary> summaries,
                                   List<DepartmentIndicator> indicators, List<Text> notes, Location at) {

    public DepartmentEvaluation {
        summaries = List.copyOf(summaries);
        indicators = List.copyOf(indicators);
        notes = List.copyOf(notes);
    }

    /** A summary question, e.g. "（一）简要概述部门职能与职责", and its answer as points or one paragraph. */
    public record Summary(Text question, List<Text> points) {
        public Summary {
            points = List.copyOf(points);
        }
    }
}
