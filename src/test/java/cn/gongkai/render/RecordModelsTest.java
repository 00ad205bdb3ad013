package cn.gongkai.render;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RecordModelsTest {

    /** A view record with what templates read: text, a flag, a number, a missing value, a list, a derived property. */
    public record Cell(String text, boolean amount, int colspan, String id, List<String> parts) {
        public String scope() {
            return colspan > 1 ? "colgroup" : "col";
        }

        public String joined(String separator) {
            return String.join(separator, parts);
        }
    }

    /** A component beside a JavaBeans getter of the same name: left to FreeMarker's bean model, which reads the component. */
    public record Shadowed(String name) {
        public String getName() {
            return "getter:" + name;
        }
    }

    private static final String TEMPLATE = """
            <#list cells as c>[${c.text}|${c.amount?c}|${c.colspan}|${c.scope}|${c.id!"none"}|<#if c.id??>has id</#if>|\
            ${c.parts?join("+")}|${c.joined("/")}|${c.text()}|${c.scope()}|${c?has_content?c}|${c?keys?size}]</#list>
            ${shadowed.name}|${shadowed.getName()}|${shadowed.name()}
            """;

    private static String render(ObjectWrapper wrapper, Map<String, Object> model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(wrapper);
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(TEMPLATE), cfg).process(model, out);
        return out.toString();
    }

    @Test
    void templatesReadRecordsAsWithFreeMarkersOwnWrapper() throws Exception {
        Map<String, Object> model = Map.of(
                "cells", List.of(new Cell("1,234.50", true, 1, "gk01-r-1", List.of("基本支出", "人员经费")),
                        new Cell("合计", false, 3, null, List.of())),
                "shadowed", new Shadowed("收入"));
        String expected = render(new Configuration(Configuration.VERSION_2_3_34).getObjectWrapper(), model);
        String actual = render(new RecordModels(), model);
        assertEquals(expected, actual);
        // and what both give is what it should be, not merely the same mistake
        assertEquals("""
                [1,234.50|true|1|col|gk01-r-1|has id|基本支出+人员经费|基本支出/人员经费|1,234.50|col|true|KEYS]\
                [合计|false|3|colgroup|none||||合计|colgroup|true|KEYS]
                收入|getter:收入|收入
                """.replace("KEYS", keys(actual)), actual);
    }

    /** How many names the bean model lists for a record (its methods included): FreeMarker's business, not ours. */
    private static String keys(String output) {
        return output.substring(output.lastIndexOf('|', output.indexOf(']')) + 1, output.indexOf(']'));
    }

    @Test
    void aChartHandedToTheSvgFunctionIsUnwrappedToItsRecord() throws Exception {
        Cell cell = new Cell("1", true, 1, null, List.of());
        TemplateModel model = new RecordModels().wrap(cell);
        assertSame(cell, DeepUnwrap.unwrap(model));
    }
}
