package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The W3C Nu HTML Checker finds no error in any published page, nor in the theme's stylesheet. */
class HtmlValidityTest {

    /** The schema the Nu checker uses for HTML by default (bundled in its jar: no network). */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @Test
    void everyPageOfTheSampleIsValidHtml() throws Exception {
        assertValid(Sample.builtSite(), 13);
    }

    @Test
    void everyPageOfATwoYearSiteIsValidHtml(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        ContentCase.load("sites/two-years").materialize(content);
        Path site = temp.resolve("site");
        assertTrue(new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, site).published());
        assertValid(site, 13);
    }

    /** A control: the checker, set up this way, does report errors (a duplicate id, a table without rows, a stray end tag). */
    @Test
    void theCheckerFindsErrorsInAnInvalidPage(@TempDir Path temp) throws Exception {
        Path bad = temp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><p id=\"a\">一</p><p id=\"a\">二</p></span><td>三</td></body></html>");
        List<String> errors = check("bad.html", bad, false);
        assertTrue(errors.size() >= 2, errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors.toString());
    }

    private static void assertValid(Path site, int atLeast) throws Exception {
        List<String> errors = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                errors.addAll(check(site.relativize(page).toString(), page, false));
                pages++;
            }
        }
        errors.addAll(check("assets/css/site.css", site.resolve("assets/css/site.css"), true));
        assertTrue(pages >= atLeast, "pages checked: " + pages);
        assertEquals(List.of(), errors, "Nu HTML Checker errors");
    }

    private static List<String> check(String name, Path file, boolean css) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema(SCHEMA, handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        try {
            if (css) validator.checkCssFile(file.toFile(), true);
            else validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException e) {
            errors.add(name + ": " + e);
        }
        return errors;
    }
}
