package cn.rxzf.portal.site.history;

import cn.rxzf.portal.config.Settings;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One commit that touched the content folder: its id, when it was committed, its public change note, and the content
 * files it changed (paths relative to the content folder). The author is deliberately not kept: the public history
 * names departments, not staff. Nor is the subject line: it is written for developers, often in English; the public
 * reads the department's own words from the message's {@value #NOTE_KEY} line, or {@value #NO_NOTE}.
 */
public record Commit(String id, OffsetDateTime time, String note, List<FileChange> files) {
    /** The key of the message line that holds the public change note ({@code 公示说明: …}, either colon). */
    public static final String NOTE_KEY = "公示说明";
    /** What the public reads when a commit has no change note. */
    public static final String NO_NOTE = "内容更新";
    private static final java.util.regex.Pattern NOTE_LINE =
            java.util.regex.Pattern.compile("^\\s*" + NOTE_KEY + "\\s*[:：]\\s*(.*?)\\s*$", java.util.regex.Pattern.MULTILINE);
    private static final int MAX_NOTE = 200;

    /** The public change note of a whole commit message: its last {@value #NOTE_KEY} line, else {@value #NO_NOTE}. */
    public static String noteOf(String message) {
        java.util.regex.Matcher m = NOTE_LINE.matcher(message == null ? "" : message);
        String note = null;
        while (m.find()) if (!m.group(1).isEmpty()) note = m.group(1);
        if (note == null) return NO_NOTE;
        return note.codePointCount(0, note.length()) > MAX_NOTE
                ? note.substring(0, note.offsetByCodePoints(0, MAX_NOTE)) + "…" : note;
    }

    /** Twelve hex digits: what URLs and pages show. */
    public String shortId() {
        return id.substring(0, Math.min(12, id.length()));
    }

    /** The day it was committed, in China Standard Time. */
    public LocalDate date() {
        return time.atZoneSameInstant(Settings.ZONE).toLocalDate();
    }

    /** RFC 3339 time in China Standard Time, for Atom feeds. */
    public String isoTime() {
        return time.atZoneSameInstant(Settings.ZONE).toOffsetDateTime().toString();
    }
}
