package cn.gongkai.validate;

import cn.gongkai.Gongkai;
import cn.gongkai.model.Finding;
import cn.gongkai.testing.ContentCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/rules.md lists every rule of {@link Rules} with a failing example taken from the broken-content
 * corpus and the message check really prints for it, so the document cannot drift from the code.
 */
class RulesDocTest {

    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void rulesDocumentIsUpToDate(@TempDir Path temp) throws Exception {
        StringBuilder md = new StringBuilder(Files.readString(Path.of("src/test/resources/docs/rules-intro.md"), StandardCharsets.UTF_8));
        Gongkai gongkai = new Gongkai();
        List<ContentCase> cases = ContentCase.all("broken");
        for (Rule rule : Rules.ALL) {
            md.append("\n### ").append(rule.code()).append(" · ").append(rule.severity().label()).append("\n\n")
                    .append(rule.title()).append("\n");
            ContentCase example = cases.stream().filter(c -> c.expectedCodes().get(0).equals(rule.code())).findFirst()
                    .orElseGet(() -> cases.stream().filter(c -> c.expectedCodes().contains(rule.code())).findFirst().orElseThrow());
            md.append("\n示例（用例 `").append(example.name().substring(example.name().indexOf('/') + 1)).append("`）：")
                    .append(example.description()).append("\n");
            appendChange(md, example);
            Path content = temp.resolve(example.name().replace('/', '_') + "-" + rule.code());
            example.materialize(content);
            Finding f = gongkai.check(Gongkai.Content.of(content)).findings().stream()
                    .filter(x -> x.code().equals(rule.code())).findFirst().orElseThrow();
            String where = f.location().toString().substring(content.toString().length() + 1);
            md.append("\n```\n").append(where).append("  ").append(f.code()).append("  ").append(f.severity().label())
                    .append("  ").append(f.message()).append("\n```\n");
        }
        String generated = md.toString();
        if (Boolean.getBoolean("gongkai.updateDocs")) Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules.md is stale: mvn -B test -Dtest=RulesDocTest -Dgongkai.updateDocs=true");
    }

    /** The case's change to the sample, as a short diff. */
    private static void appendChange(StringBuilder md, ContentCase c) throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(ContentCase.ROOT.resolve(c.name()).resolve("case.yaml").toFile());
        StringBuilder change = new StringBuilder();
        for (JsonNode e : spec.path("edits")) {
            change.append("# ").append(e.get("file").asText()).append('\n');
            e.get("find").asText().lines().forEach(l -> change.append("- ").append(l).append('\n'));
            e.get("replace").asText().lines().forEach(l -> change.append("+ ").append(l).append('\n'));
        }
        for (JsonNode x : spec.path("cut")) change.append("# ").append(x.get("file").asText()).append("：删去从「")
                .append(x.get("from").asText().strip()).append("」到「").append(x.get("to").asText().strip()).append("」之前的内容\n");
        for (JsonNode d : spec.path("delete")) change.append("# 删除 ").append(d.asText()).append('\n');
        for (JsonNode r : spec.path("rename")) change.append("# 改名 ").append(r.get("from").asText()).append(" → ").append(r.get("to").asText()).append('\n');
        for (JsonNode l : spec.path("symlinks")) change.append("# ").append(l.get("path").asText()).append(" 改为指向 ").append(l.get("target").asText()).append(" 的符号链接\n");
        for (JsonNode g : spec.path("generate")) change.append("# ").append(g.get("path").asText()).append(" 写入 ").append(g.get("bytes").asLong() / 1_000_000).append(" MB 内容\n");
        Path overlay = ContentCase.ROOT.resolve(c.name()).resolve("content");
        if (Files.isDirectory(overlay)) {
            try (var files = Files.walk(overlay)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    change.append("# 放入文件 ").append(overlay.relativize(p).toString().replace('\\', '/')).append('\n');
                }
            }
        }
        if (change.length() > 0) md.append("\n```diff\n").append(change).append("```\n");
    }
}
