package cn.gongkai.content;

import cn.gongkai.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/schemas is what the loader accepts, every key has a Chinese title, and it describes the sample. */
class ContentSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void docsSchemasAreUpToDate(@TempDir Path temp) throws IOException {
        assertEquals(0, Cli.run("schema", "--out", temp.toString()).exit());
        for (String name : ContentSchemas.all().keySet()) {
            assertEquals(Files.readString(temp.resolve(name)), Files.readString(Path.of("docs/schemas", name)),
                    name + " is stale: run ./gongkai schema");
        }
    }

    @Test
    void everyKeyHasAChineseTitle() {
        for (Map<String, Object> schema : ContentSchemas.all().values()) {
            assertTitled(JSON.valueToTree(schema), "");
        }
    }

    @Test
    void sampleFilesUseOnlyKeysTheSchemaDescribes() throws IOException {
        Map<String, String> schemaOf = Map.of("site.yaml", "site", "glossary.yaml", "glossary", "department.yaml", "department",
                "final-accounts.yaml", "final-accounts", "performance.yaml", "performance", "budget-review.yaml", "budget-review");
        int files = 0;
        try (Stream<Path> s = Files.walk(Path.of("content"))) {
            for (Path p : s.filter(p -> schemaOf.containsKey(p.getFileName().toString())).toList()) {
                JsonNode schema = JSON.readTree(Path.of("docs/schemas", schemaOf.get(p.getFileName().toString()) + ".schema.json").toFile());
                JsonNode data = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(p, StandardCharsets.UTF_8));
                assertDescribed(schema, data, p.toString());
                assertTrue(Files.readString(p).startsWith("# yaml-language-server: $schema="), p + " names its schema for editors");
                files++;
            }
        }
        assertTrue(files >= 7, "checked " + files + " files");
    }

    private static void assertTitled(JsonNode node, String path) {
        JsonNode props = node.get("properties");
        if (props != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String title = e.getValue().path("title").asText();
                assertTrue(title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        path + "/" + e.getKey() + " has a Chinese title: " + title);
                assertTitled(e.getValue(), path + "/" + e.getKey());
            }
        }
        if (node.has("items")) assertTitled(node.get("items"), path + "[]");
    }

    private static void assertDescribed(JsonNode schema, JsonNode data, String where) {
        if (data.isObject()) {
            JsonNode props = schema.get("properties");
            assertTrue(props != null, where + " is an object in the schema");
            for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                assertTrue(props.has(key), where + "/" + key + " is described by the schema");
                assertDescribed(props.get(key), data.get(key), where + "/" + key);
            }
        } else if (data.isArray()) {
            for (JsonNode item : data) assertDescribed(schema.get("items"), item, where + "[]");
        }
    }
}
