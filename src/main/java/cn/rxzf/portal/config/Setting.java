package cn.rxzf.portal.config;

/**
 * Every setting the portal reads: its command-line flag, environment variable, default and description.
 * This enum is the one home of each key; {@code portal config} prints it.
 */
public enum Setting {
    CONTENT("--content", "PORTAL_CONTENT", "content", "Folder of Markdown content committed by departments."),
    TEMPLATES("--templates", "PORTAL_TEMPLATES", "site-templates", "Folder of Pebble templates and static assets."),
    OUT("--out", "PORTAL_OUT", "target/site", "Folder the built site is written to (replaced atomically on success)."),
    INDEX("--index", "PORTAL_INDEX", "<out>-index",
            "Folder of the search index the build writes beside the site (not published) and the service reads."),
    DB("--db", "PORTAL_DB", "(embedded PostgreSQL in --data)",
            "JDBC URL of an external PostgreSQL shared by several service instances, e.g. jdbc:postgresql://db/portal?user=portal."),
    DB_OWNER("--db-owner", "PORTAL_DB_OWNER", "(the --db user)",
            "JDBC URL of the role that owns the external database's schema and runs the migrations; --db is then the "
                    + "application's role, granted only what it needs (SELECT and INSERT on the audit log)."),
    DATA("--data", "PORTAL_DATA", "target/data", "Folder of the service's private data: the embedded database when no --db is given."),
    TRUSTED_PROXIES("--trusted-proxies", "PORTAL_TRUSTED_PROXIES", "(none)",
            "Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed; from anyone else it is ignored."),
    DRAFT_COMMENT_LIMIT("--draft-comment-limit", "PORTAL_DRAFT_COMMENT_LIMIT", "600",
            "Comments one draft accepts per minute from all senders together (flood limit; each sender has its own, "
                    + "lower limits too)."),
    QUESTIONNAIRE_ANSWER_LIMIT("--questionnaire-answer-limit", "PORTAL_QUESTIONNAIRE_ANSWER_LIMIT", "600",
            "Answers one questionnaire accepts per minute from all senders together (flood limit; each sender has its "
                    + "own, lower limits too)."),
    RETENTION_DAYS("--retention-days", "PORTAL_RETENTION_DAYS", "1095",
            "Days a decided credit-repair application (with its files and contact details) is kept before it is purged; "
                    + "an unfinished one lives 23 hours from its start and is purged within the next hour."),
    CREDIT_DRAFTS_CLIENT_MB("--credit-drafts-client-mb", "PORTAL_CREDIT_DRAFTS_CLIENT_MB", "100",
            "Megabytes of attachments that the credit-repair applications of one client address may hold together "
                    + "while unfinished or submitted in the last 24 hours (one application's 10 files of up to 10 MB); "
                    + "beyond it an upload is refused with 429."),
    CREDIT_DRAFTS_TOTAL_MB("--credit-drafts-total-mb", "PORTAL_CREDIT_DRAFTS_TOTAL_MB", "2048",
            "Megabytes of attachments that all unfinished credit-repair applications may hold together; beyond it "
                    + "an upload is refused with 507 until drafts expire or are submitted."),
    SECRET_KEY("--secret-key-file", "PORTAL_SECRET_KEY_FILE", "<data>/secret.key",
            "File with the 32-byte key for form tokens and encryption of personal data; created on first start. "
                    + "Instances sharing one database must share it (the service refuses a different key)."),
    SERVICE_URL("--service-url", "PORTAL_SERVICE_URL", "(none)",
            "Address of the service behind a static host, e.g. https://service.example.gov.cn: the build then writes "
                    + "_redirects rules that proxy the service's paths (/api, /search, /check, /drafts, /credit …) to it."),
    NOINDEX("--noindex", "PORTAL_NOINDEX", "false",
            "Mark the built site as not for search engines (robots.txt and X-Robots-Tag): for previews."),
    DATE("--date", "PORTAL_DATE", "today (Asia/Shanghai)",
            "Date the site is built as of (validity 有效期至 and comment windows in the pages); YYYY-MM-DD. "
                    + "`serve` keeps the real clock for forms, limits, sessions and whether comments are accepted."),
    HOST("--host", "PORTAL_HOST", "127.0.0.1", "Address `serve` listens on."),
    PORT("--port", "PORTAL_PORT", "7070", "Port `serve` listens on."),
    WATCH("--watch", "PORTAL_WATCH", "false", "With `serve`: rebuild what changed when content or templates are saved."),
    FORMAT("--format", "PORTAL_FORMAT", "text",
            "How `check` and `build` print problems: text (path:line: message) or github (workflow annotations).");

    public final String flag;
    public final String env;
    public final String defaultValue;
    public final String description;

    Setting(String flag, String env, String defaultValue, String description) {
        this.flag = flag;
        this.env = env;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** Flags that take no value. */
    public boolean isSwitch() {
        return this == WATCH || this == NOINDEX;
    }
}
