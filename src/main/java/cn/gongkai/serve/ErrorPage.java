package cn.gongkai.serve;

import cn.gongkai.model.Finding;

import java.util.List;

/** The page the preview shows in place of every page while the content has errors: each error with file:line:column. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(List<Finding> findings, String message) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>内容有错误，网站未更新 - gongkai 预览</title>\n<style>")
                .append("body{font-family:sans-serif;margin:0;padding:1rem 1.5rem;line-height:1.7;color:#1a1a1a}")
                .append("h1{color:#a4161a;font-size:1.5rem}li{margin:.5rem 0}code{font-size:1rem;background:#f3f1ec;padding:0 .25rem}")
                .append(".code{font-weight:700}</style>\n")
                .append("<script src=\"").append(DevServer.RELOAD_SCRIPT).append("\"></script>\n</head>\n<body>\n<main>\n")
                .append("<h1>内容有错误，网站未更新</h1>\n<p>修正并保存后，本页会自动刷新。以下位置为「文件:行:列」。</p>\n");
        if (message != null) b.append("<pre>").append(escape(message)).append("</pre>\n");
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            b.append("<ol>\n");
            for (Finding f : errors) {
                b.append("<li><code>").append(escape(f.location().toString())).append("</code> <span class=\"code\">")
                        .append(escape(f.code())).append("</span> ").append(escape(f.message())).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
