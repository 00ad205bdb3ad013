package cn.gongkai.render.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A downloadable JSON file: indented, ending in a newline. Jackson writes the UTF-8 bytes itself;
 * writing a String first and encoding it made two more copies of every file, in UTF-16 as the
 * files hold Chinese.
 */
final class JsonFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFile() {
    }

    static byte[] bytes(Object doc) {
        try {
            byte[] json = JSON.writeValueAsBytes(doc);
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
