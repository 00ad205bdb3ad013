package cn.gongkai.model.performance;

import cn.gongkai.model.Location;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;
import cn.gongkai.model.table.Cells;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project self-evaluation form (项目绩效目标自评表): the form title, project, managing and
 * implementing bodies, funds by source, overall goals, indicators, the 说明, the self-evaluation
 * score and the summary of outputs and effects (主要产出和效果) quoted in 情况说明. Fields left
 * blank on the published form are null.
 */
public record ProjectEvaluation(Text form, Text name, Text supervisor, Text implementer,
                                Map<FundSource, Cells<ExecutionColumn>> funds,
                                Text plannedGoal, Text achievedGoal, List<ProjectIndicator> indicators,
                                Text remark, Quantity score, Text summary, Location at) {

    public ProjectEvaluation {
        funds = Map.copyOf(funds);
        indicators = List.copyOf(indicators);
    }

    public Optional<Cells<ExecutionColumn>> fund(FundSource source) {
        return Optional.ofNullable(funds.get(source));
    }
}
