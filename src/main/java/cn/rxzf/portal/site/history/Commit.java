package cn.rxzf.portal.site.history;

import cn.rxzf.portal.config.Settings;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One commit that touched the content folder: its id, when it was committed and its subject line, and the content
 * files it changed (paths relative to the content folder). The author is deliberately not kept: the public history
 * names departments, not staff.
 */
public record Commit(String id, OffsetDateTime time, String subject, List<FileChange> files) {

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
