package cn.gongkai.cli;

import cn.gongkai.model.Finding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints findings for people (grouped by file, in Chinese) or as JSON for tools. */
final class FindingsReport {

    private FindingsReport() {
    }

    /** {@code file:line:col  CODE  错误|警告  message}, one block per file. */
    static void human(List<Finding> findings, PrintWriter out) {
        String file = null;
        for (Finding f : findings) {
            if (!f.location().file().equals(file)) {
                if (file != null) out.println();
                file = f.location().file();
                out.println(file);
            }
            out.println("  " + f.location() + "  " + f.code() + "  " + f.severity().label() + "  " + f.message());
        }
        if (!findings.isEmpty()) out.println();
    }

    static String countLine(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        if (findings.isEmpty()) return "检查通过：没有发现问题。";
        return "共 " + errors + " 个错误，" + warnings + " 个警告。";
    }

    static String json(List<Finding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity() == cn.gongkai.model.Severity.ERROR ? "error" : "warning");
            m.put("file", f.location().file());
            m.put("line", f.location().line());
            m.put("column", f.location().column());
            m.put("message", f.message());
            m.put("expected", f.expected());
            m.put("found", f.found());
            m.put("related", f.related().stream().map(Object::toString).toList());
            out.add(m);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
