package cn.rxzf.portal.content;

import java.nio.file.Path;

/**
 * A content file: where it is on disk and how it is named in messages ({@code content/departments/x/lists/y.md}).
 */
public record SourceFile(Path path, String displayPath, String relative) {

    /** The id a file name gives: its name without {@code .md}/{@code .yaml}. */
    public String id() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
