package cn.gongkai.site;

import cn.gongkai.model.Amount;
import cn.gongkai.model.performance.DepartmentIndicator;
import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;
import cn.gongkai.model.performance.Performance;
import cn.gongkai.model.performance.ProjectEvaluation;
import cn.gongkai.model.performance.ProjectIndicator;
import cn.gongkai.testing.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The self-evaluation forms on the published page, number by number against performance.yaml. */
class PublishedPerformanceTest {

    private static Document page;
    private static Performance perf;

    @BeforeAll
    static void load() throws IOException {
        page = Jsoup.parse(Sample.builtSite().resolve(Sample.ZHENAN_2019).toFile(), "UTF-8");
        perf = Sample.zhenan2019().performance();
    }

    @Test
    void projectFormsShowTheirFundsRatesAndIndicators() {
        List<ProjectEvaluation> projects = perf.projects();
        for (int n = 0; n < projects.size(); n++) {
            ProjectEvaluation e = projects.get(n);
            Element form = page.getElementById("project-" + (n + 1));
            assertTrue(form.selectFirst("h4").text().startsWith(e.form().value()));
            for (FundSource s : FundSource.values()) {
                Amount budget = e.fund(s).flatMap(c -> c.get(ExecutionColumn.BUDGET)).orElse(null);
                Amount actual = e.fund(s).flatMap(c -> c.get(ExecutionColumn.ACTUAL)).orElse(null);
                assertCell(form.selectFirst("td[data-row=" + s.key() + "][data-col=budget]"), budget);
                assertCell(form.selectFirst("td[data-row=" + s.key() + "][data-col=actual]"), actual);
                Element rate = form.selectFirst("td[data-row=" + s.key() + "][data-col=rate]");
                if (budget != null && !budget.isZero()) {
                    BigDecimal expected = (actual == null ? BigDecimal.ZERO : actual.value()).multiply(BigDecimal.valueOf(100))
                            .divide(budget.value(), 2, RoundingMode.HALF_UP);
                    assertEquals(expected.toPlainString() + "%", rate.ownText());
                } else if (actual != null) {
                    assertEquals("—", rate.ownText(), "no 0% when 全年预算数 is 0 or blank");
                    assertTrue(rate.selectFirst(".cell-note").text().contains("无法计算"));
                } else {
                    assertEquals("", rate.text());
                }
            }
            List<Element> rows = form.select("table.indicators tbody tr");
            if (e.indicators().isEmpty()) continue;
            assertEquals(e.indicators().size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                ProjectIndicator ind = e.indicators().get(i);
                Element row = rows.get(i);
                assertEquals(ind.name().value(), row.selectFirst("th[scope=row]").text());
                List<String> tds = row.select("td").eachText();
                assertEquals(text(ind.target()), tds.get(0));
                assertEquals(text(ind.actual()), tds.get(1));
            }
        }
    }

    @Test
    void departmentFormShowsEveryPointAndScore() {
        Element form = page.getElementById("department-evaluation");
        assertTrue(form.selectFirst(".form-meta").text().contains("自评得分：" + perf.department().score().value().toPlainString()));
        List<Element> rows = form.select("table.indicators tbody tr");
        List<DepartmentIndicator> ind = perf.department().indicators();
        assertEquals(ind.size(), rows.size());
        for (int i = 0; i < ind.size(); i++) {
            List<Element> tds = rows.get(i).select("td");
            assertEquals(0, ind.get(i).points().value().compareTo(new BigDecimal(tds.get(0).text())), "分值 of " + ind.get(i).name());
            assertEquals(0, ind.get(i).score().value().compareTo(new BigDecimal(tds.get(6).text())), "得分 of " + ind.get(i).name());
        }
        assertTrue(form.selectFirst(".coverage").text().contains("138.09"), "coverage of 项目支出 is shown");
    }

    private static void assertCell(Element td, Amount a) {
        if (a == null) assertEquals("", td.text());
        else assertEquals(0, a.value().compareTo(new BigDecimal(td.text().replace(",", ""))), td.toString());
    }

    private static String text(cn.gongkai.model.Text t) {
        return t == null ? "" : t.value();
    }
}
