package cn.gongkai.cli;

import cn.gongkai.Gongkai;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --content option shared by the commands. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "内容目录（默认：${DEFAULT-VALUE}）")
    Path content;

    Gongkai.Content content() {
        return Gongkai.Content.of(content.normalize());
    }
}
