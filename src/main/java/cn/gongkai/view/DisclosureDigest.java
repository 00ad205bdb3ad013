package cn.gongkai.view;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Headlines;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.SiteConfig;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.table.SummaryTotal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * What pages other than a disclosure's own take from its tables: the summary the feed and the
 * document lists print, the figures of the comparison page, the headline figures next year's
 * disclosure compares with, and its part of the search index. A large build makes this while the
 * tables are held and keeps only this of them (see {@link cn.gongkai.content.ContentLoader.Release}).
 *
 * <p>The search part is kept deflated: at 10,000 disclosures the index is 130 MB of JSON, which
 * compresses about tenfold.
 */
public final class DisclosureDigest {

    private final String summary;
    private final List<Optional<BigDecimal>> compared;
    private final Map<StandardSection, Headlines.Figure> headlines;
    private final byte[] search;
    private final int searchLength;

    private DisclosureDigest(String summary, List<Optional<BigDecimal>> compared, Map<StandardSection, Headlines.Figure> headlines,
                             byte[] search, int searchLength) {
        this.summary = summary;
        this.compared = compared;
        this.headlines = headlines;
        this.search = search;
        this.searchLength = searchLength;
    }

    /** The digest of {@code fa}, whose tables are held, on a site with {@code config}. */
    public static DisclosureDigest of(FinalAccounts fa, SiteConfig config) {
        byte[] json = SearchEntries.json(SearchEntries.of(fa));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 6 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            MoneyUnit compared = ComparisonViews.unit(config.displayUnitOpt().orElse(null));
            return new DisclosureDigest(summary(fa), List.copyOf(ComparisonViews.figures(fa, compared)), Map.copyOf(Headlines.of(fa)),
                    out.toByteArray(), json.length);
        } finally {
            deflater.end();
        }
    }

    /** The key a digest is kept under: the disclosure's department and year. */
    public static String key(FinalAccounts fa) {
        return fa.department().slug() + "/" + fa.year();
    }

    /** The one-line summary of a disclosure in the feed and the document lists. */
    static String summary(FinalAccounts fa) {
        return fa.tables().summary().flatMap(s -> s.totals().get(SummaryTotal.INCOME_GRAND_TOTAL))
                .map(a -> fa.year() + " 年收入总计、支出总计均为 " + a.value().toPlainString() + " " + a.unit().label() + "。")
                .orElse(fa.displayTitle() + "。");
    }

    public String summary() {
        return summary;
    }

    /** The comparison page's figures, in {@link ComparisonViews#COLUMNS} order. */
    public List<Optional<BigDecimal>> compared() {
        return compared;
    }

    public Map<StandardSection, Headlines.Figure> headlines() {
        return headlines;
    }

    /** The disclosure's part of the search index, as {@link SearchEntries#json} wrote it. */
    public byte[] searchJson() {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(search);
            byte[] json = new byte[searchLength];
            int n = 0;
            while (n < searchLength && !inflater.finished()) {
                int k = inflater.inflate(json, n, searchLength - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                n += k;
            }
            if (n != searchLength) throw new IllegalStateException("search part inflated to " + n + " of " + searchLength + " bytes");
            return json;
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }
}
