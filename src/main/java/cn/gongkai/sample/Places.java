package cn.gongkai.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The jurisdictions of a generated site: one 市 and its 县/区, with names built from common place-name
 * characters (青山市, 安平县, 河西区) and slugs from their pinyin (qingshan, anping, hexi-qu).
 */
final class Places {

    /** A generated jurisdiction; {@code level} is 市, 县 or 区 (the word its duties use: 全市, 市委、市政府). */
    record Place(String slug, String name, String level) {
        String area() {
            return "全" + level;
        }

        String government() {
            return level + "委、" + level + "政府";
        }
    }

    private static final String[][] FIRST = {
            {"安", "an"}, {"宁", "ning"}, {"永", "yong"}, {"平", "ping"}, {"清", "qing"}, {"长", "chang"}, {"新", "xin"},
            {"泰", "tai"}, {"兴", "xing"}, {"乐", "le"}, {"德", "de"}, {"丰", "feng"}, {"富", "fu"}, {"华", "hua"},
            {"嘉", "jia"}, {"康", "kang"}, {"隆", "long"}, {"明", "ming"}, {"云", "yun"}, {"金", "jin"}, {"玉", "yu"},
            {"凤", "feng"}, {"龙", "long"}, {"宝", "bao"}, {"瑞", "rui"}, {"广", "guang"}, {"南", "nan"}, {"北", "bei"}};
    private static final String[][] SECOND = {
            {"山", "shan"}, {"川", "chuan"}, {"河", "he"}, {"江", "jiang"}, {"阳", "yang"}, {"城", "cheng"}, {"源", "yuan"},
            {"林", "lin"}, {"泉", "quan"}, {"水", "shui"}, {"溪", "xi"}, {"湖", "hu"}, {"岭", "ling"}, {"峰", "feng"},
            {"谷", "gu"}, {"州", "zhou"}, {"宁", "ning"}, {"安", "an"}, {"和", "he"}, {"丰", "feng"}};

    /** Name and slug of every place name the lists give; pinyin that coincides (丰山, 凤山) is used once. */
    private static final List<String[]> STEMS = stems();

    /** How many jurisdictions {@link #generate} can name. */
    static final int CAPACITY = STEMS.size();

    private Places() {
    }

    private static List<String[]> stems() {
        List<String[]> stems = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();
        for (String[] a : FIRST) {
            for (String[] b : SECOND) {
                if (a[0].equals(b[0])) continue;
                String slug = a[1] + b[1];
                if (slugs.add(slug)) stems.add(new String[]{a[0] + b[0], slug});
            }
        }
        return List.copyOf(stems);
    }

    /** {@code count} jurisdictions (the first a 市, the rest 县 and 区), different for each seed. */
    static List<Place> generate(int count, Rng rng) {
        if (count < 1 || count > CAPACITY) throw new IllegalArgumentException("jurisdictions: " + count);
        List<String[]> chosen = rng.shuffled(STEMS).subList(0, count);
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String[] stem = chosen.get(i);
            if (i == 0) out.add(new Place(stem[1], stem[0] + "市", "市"));
            else if (rng.percent(35)) out.add(new Place(stem[1] + "-qu", stem[0] + "区", "区"));
            else out.add(new Place(stem[1], stem[0] + "县", "县"));
        }
        return out;
    }
}
