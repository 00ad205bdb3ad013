package cn.gongkai.cli;

import cn.gongkai.content.ContentSchemas;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gongkai schema}: writes the JSON Schema of each content file kind, for editors' tools. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "生成各类内容文件的 JSON Schema（编辑器据此提供补全和检查）。",
        optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/schemas", description = "输出目录（默认：${DEFAULT-VALUE}）")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<String, Map<String, Object>> e : ContentSchemas.all().entrySet()) {
            Files.writeString(out.resolve(e.getKey()), json(e.getValue()), StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().println("已写入 " + ContentSchemas.all().size() + " 个 JSON Schema 到 " + out);
        return Main.OK;
    }

    static String json(Map<String, Object> schema) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    }
}
