package cn.gongkai.content;

import cn.gongkai.model.Amount;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.testing.ReviewSeed;
import cn.gongkai.testing.Sample;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * content/departments/anning-zwfwglj/2021/budget-review.yaml carries seed 000 completely: every
 * line's numbers, recommendation, findings (slips included) and 资金文号, read back from the seed
 * document itself and compared with the loaded model.
 */
class ReviewTranscriptionTest {

    private static final ReviewSeed SEED = ReviewSeed.read();
    private final BudgetReview review = Sample.anning2021Review();

    @Test
    void fileLevelFieldsGiveTheSeedsColumnHeaders() {
        assertEquals(2021, review.year());
        assertEquals(2020, review.priorYear());
        assertEquals(LocalDate.of(2020, 10, 31), review.progressDate());
        assertEquals(MoneyUnit.YUAN, review.unit());
        assertEquals("安宁市政务服务管理局", review.department().name().value());
    }

    @Test
    void everyLineCarriesTheSeedsFigures() {
        assertEquals(12, SEED.lines().size(), "the seed lists 12 lines");
        assertEquals(SEED.lines().size(), review.lines().size());
        for (int i = 0; i < SEED.lines().size(); i++) {
            ReviewSeed.Line s = SEED.lines().get(i);
            ReviewLine l = review.lines().get(i);
            String where = "line " + s.no();
            assertEquals(s.no(), l.no(), where);
            assertEquals(s.implementer(), l.implementer().value(), where);
            assertEquals(s.name(), l.name().value(), where);
            assertAmount(s.priorBudget(), l.priorYearBudget(), where + " prior-year budget");
            assertQuantity(s.progress(), l.progress(), where + " progress");
            assertAmount(s.requested(), l.requested(), where + " requested");
            assertQuantity(s.score(), l.score(), where + " score");
            assertEquals(s.recommendation(), l.recommendation().label(), where);
        }
    }

    @Test
    void everyFindingAndDocumentIsTranscribedAsPublished() {
        int findings = 0;
        int documents = 0;
        for (int i = 0; i < SEED.lines().size(); i++) {
            ReviewSeed.Line s = SEED.lines().get(i);
            ReviewLine l = review.lines().get(i);
            assertEquals(s.findings(), texts(l.findings()), "findings of line " + s.no());
            assertEquals(s.documents(), texts(l.documents()), "资金文号 of line " + s.no());
            if (!s.documents().isEmpty()) assertEquals(s.documentsItem(), l.documentsItem(), "资金文号 item number of line " + s.no());
            findings += l.findings().size();
            documents += l.documents().size();
        }
        assertEquals(22, findings);
        assertEquals(28, documents);
        assertEquals("绩效目标填报内容不完整、准确，。", review.lines().get(4).findings().get(0).value(), "the slip is kept");
        assertEquals(4, review.lines().get(3).documentsItem(), "line 4 numbers two items 4., as published");
        assertEquals(4, review.lines().get(3).findings().size());
    }

    @Test
    void publishedTotalsRowIsTheSeeds() {
        assertEquals(ReviewSeed.number(SEED.totals().requested()), review.printedTotals().requested().value());
        assertEquals(ReviewSeed.number(SEED.totals().averageScore()), review.printedTotals().averageScore().value());
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().map(Text::value).toList();
    }

    private static void assertAmount(String printed, Amount a, String what) {
        if (printed == null) {
            assertNull(a, what + " is blank in the seed");
        } else {
            assertNotNull(a, what + " is " + printed + " in the seed");
            assertEquals(0, ReviewSeed.number(printed).compareTo(a.value()), what);
        }
    }

    private static void assertQuantity(String printed, Quantity q, String what) {
        if (printed == null) {
            assertNull(q, what + " is blank in the seed");
        } else {
            assertNotNull(q, what + " is " + printed + " in the seed");
            assertEquals(new BigDecimal(printed), q.value(), what);
        }
    }
}
