package cn.gongkai.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of a build, over a theme's templates folder. Templates are
 * {@code .ftlh} (HTML auto-escaping); an error in a template fails the build instead of landing in
 * a page; templates cannot create Java objects.
 */
public final class Templates {

    private final Configuration cfg;
    private final Path folder;

    public Templates(Path themeTemplates) throws IOException {
        this.folder = themeTemplates;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(themeTemplates.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setObjectWrapper(new RecordModels());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        // One configuration lives as long as serve: a template saved by a theme author is read again at once.
        cfg.setTemplateUpdateDelayMilliseconds(0);
    }

    /** Renders {@code template} with {@code model} into {@code out}; a template problem becomes a {@link ThemeException}. */
    public void render(String template, Map<String, Object> model, Writer out) throws ThemeException {
        try {
            Template t = cfg.getTemplate(template);
            t.process(model, out);
        } catch (TemplateException e) {
            throw new ThemeException("模板错误（" + folder + "）：" + e.getMessageWithoutStackTop().strip()
                    + "\n位置：" + e.getTemplateSourceName() + " 第 " + e.getLineNumber() + " 行第 " + e.getColumnNumber() + " 列", e);
        } catch (IOException e) {
            throw new ThemeException("无法读取模板 " + template + "（" + folder + "）：" + e.getMessage(), e);
        }
    }

    /** A theme's template failed; the build stops and publishes nothing. */
    public static final class ThemeException extends Exception {
        public ThemeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
