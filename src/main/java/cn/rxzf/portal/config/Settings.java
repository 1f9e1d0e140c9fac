package cn.rxzf.portal.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one run, built once from defaults, environment and flags (in that order of precedence) and
 * passed to whatever needs them.
 *
 * <p>{@code buildDate} ({@code --date}, default today) is the day the site is built as of: what the static pages show
 * as today and how the build judges content (lists in force, drafts open for comment). It is not a clock: the service
 * always runs on the real one (see {@code Services}).
 */
public record Settings(Path contentDir, Path templatesDir, Path outDir, Path indexDir, String dbUrl, Path dataDir,
                       java.util.List<String> trustedProxies, int draftCommentLimit, int retentionDays,
                       Path secretKeyFile, String serviceUrl, boolean noindex, LocalDate buildDate,
                       String host, int port, boolean watch, String format, String dbOwnerUrl,
                       int creditDraftsClientMb, int creditDraftsTotalMb, int questionnaireAnswerLimit) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Settings with every default, for tests and embedding. */
    public static Settings defaults() {
        return parse(List.of(), Map.of());
    }

    /** Content, templates and site output; the index goes beside the output as {@code <out>-index}. */
    public Settings withDirs(Path content, Path templates, Path out) {
        return new Settings(content, templates, out, beside(out), dbUrl, dataDir, trustedProxies, draftCommentLimit,
                retentionDays, secretKeyFile, serviceUrl, noindex, buildDate, host, port, watch, format, dbOwnerUrl,
                creditDraftsClientMb, creditDraftsTotalMb, questionnaireAnswerLimit);
    }

    public Settings withDate(LocalDate date) {
        return new Settings(contentDir, templatesDir, outDir, indexDir, dbUrl, dataDir, trustedProxies, draftCommentLimit,
                retentionDays, secretKeyFile, serviceUrl, noindex, date, host, port, watch, format, dbOwnerUrl,
                creditDraftsClientMb, creditDraftsTotalMb, questionnaireAnswerLimit);
    }

    public Settings withData(String db, Path data) {
        return new Settings(contentDir, templatesDir, outDir, indexDir, db, data, trustedProxies, draftCommentLimit,
                retentionDays, data.resolve("secret.key"), serviceUrl, noindex, buildDate, host, port, watch, format, dbOwnerUrl,
                creditDraftsClientMb, creditDraftsTotalMb, questionnaireAnswerLimit);
    }

    /**
     * Reads flags (e.g. {@code --out DIR}) over environment variables over defaults.
     *
     * @throws IllegalArgumentException naming the flag, for unknown flags and bad values
     */
    public static Settings parse(List<String> args, Map<String, String> env) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            String fromEnv = env.get(s.env);
            if (fromEnv != null && !fromEnv.isBlank()) values.put(s, fromEnv.trim());
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            Setting s = byFlag(arg);
            if (s == null) throw new IllegalArgumentException("unknown option " + arg);
            if (s.isSwitch()) {
                values.put(s, "true");
            } else {
                if (i + 1 >= args.size()) throw new IllegalArgumentException(arg + " needs a value");
                values.put(s, args.get(++i));
            }
        }
        Path out = Path.of(values.getOrDefault(Setting.OUT, Setting.OUT.defaultValue));
        Path data = Path.of(values.getOrDefault(Setting.DATA, Setting.DATA.defaultValue));
        return new Settings(
                Path.of(values.getOrDefault(Setting.CONTENT, Setting.CONTENT.defaultValue)),
                Path.of(values.getOrDefault(Setting.TEMPLATES, Setting.TEMPLATES.defaultValue)),
                out,
                values.containsKey(Setting.INDEX) ? Path.of(values.get(Setting.INDEX)) : beside(out),
                values.get(Setting.DB),
                data,
                proxies(values.get(Setting.TRUSTED_PROXIES)),
                positive(Setting.DRAFT_COMMENT_LIMIT, values.getOrDefault(Setting.DRAFT_COMMENT_LIMIT, Setting.DRAFT_COMMENT_LIMIT.defaultValue)),
                positive(Setting.RETENTION_DAYS, values.getOrDefault(Setting.RETENTION_DAYS, Setting.RETENTION_DAYS.defaultValue)),
                values.containsKey(Setting.SECRET_KEY) ? Path.of(values.get(Setting.SECRET_KEY)) : data.resolve("secret.key"),
                serviceUrl(values.get(Setting.SERVICE_URL)),
                Boolean.parseBoolean(values.getOrDefault(Setting.NOINDEX, Setting.NOINDEX.defaultValue)),
                date(values.get(Setting.DATE)),
                values.getOrDefault(Setting.HOST, Setting.HOST.defaultValue),
                port(values.getOrDefault(Setting.PORT, Setting.PORT.defaultValue)),
                Boolean.parseBoolean(values.getOrDefault(Setting.WATCH, Setting.WATCH.defaultValue)),
                format(values.getOrDefault(Setting.FORMAT, Setting.FORMAT.defaultValue)),
                values.get(Setting.DB_OWNER),
                positive(Setting.CREDIT_DRAFTS_CLIENT_MB, values.getOrDefault(Setting.CREDIT_DRAFTS_CLIENT_MB, Setting.CREDIT_DRAFTS_CLIENT_MB.defaultValue)),
                positive(Setting.CREDIT_DRAFTS_TOTAL_MB, values.getOrDefault(Setting.CREDIT_DRAFTS_TOTAL_MB, Setting.CREDIT_DRAFTS_TOTAL_MB.defaultValue)),
                positive(Setting.QUESTIONNAIRE_ANSWER_LIMIT, values.getOrDefault(Setting.QUESTIONNAIRE_ANSWER_LIMIT, Setting.QUESTIONNAIRE_ANSWER_LIMIT.defaultValue)));
    }

    private static String serviceUrl(String value) {
        if (value == null || value.isBlank()) return null;
        if (!value.matches("https?://[A-Za-z0-9.:\\-]+(/[A-Za-z0-9._~/\\-]*)?") || value.endsWith("/")) {
            throw new IllegalArgumentException(Setting.SERVICE_URL.flag + " must be an http(s) address without a trailing /, got " + value);
        }
        return value;
    }

    private static int positive(Setting s, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n <= 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s.flag + " must be a positive number, got " + value);
        }
    }

    private static java.util.List<String> proxies(String value) {
        if (value == null || value.isBlank()) return java.util.List.of();
        return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static Path beside(Path out) {
        return out.resolveSibling(out.getFileName() + "-index");
    }

    private static Setting byFlag(String flag) {
        for (Setting s : Setting.values()) if (s.flag.equals(flag)) return s;
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null) return LocalDate.now(ZONE);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Setting.DATE.flag + " must be YYYY-MM-DD, got " + value);
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Setting.PORT.flag + " must be a port number, got " + value);
        }
    }

    private static String format(String value) {
        if (!value.equals("text") && !value.equals("github")) {
            throw new IllegalArgumentException(Setting.FORMAT.flag + " must be text or github, got " + value);
        }
        return value;
    }
}
