package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.config.Setting;
import cn.rxzf.portal.config.Settings;

/** Prints every setting: flag, environment variable, default, the value in effect, and what it does. */
public final class ConfigCommand {
    private ConfigCommand() {}

    public static int run(Settings settings) {
        for (Setting s : Setting.values()) {
            System.out.printf("%-12s %-16s default: %-24s current: %s%n    %s%n", s.flag, s.env, s.defaultValue,
                    current(s, settings), s.description);
        }
        return 0;
    }

    private static String current(Setting s, Settings v) {
        return switch (s) {
            case CONTENT -> v.contentDir().toString();
            case TEMPLATES -> v.templatesDir().toString();
            case OUT -> v.outDir().toString();
            case INDEX -> v.indexDir().toString();
            case DB -> v.dbUrl() == null ? "(embedded)" : "(set)";
            case DB_OWNER -> v.dbOwnerUrl() == null ? "(the --db user)" : "(set)";
            case DATA -> v.dataDir().toString();
            case TRUSTED_PROXIES -> v.trustedProxies().isEmpty() ? "(none)" : String.join(",", v.trustedProxies());
            case SECRET_KEY -> v.secretKeyFile().toString();
            case DRAFT_COMMENT_LIMIT -> String.valueOf(v.draftCommentLimit());
            case QUESTIONNAIRE_ANSWER_LIMIT -> String.valueOf(v.questionnaireAnswerLimit());
            case RETENTION_DAYS -> String.valueOf(v.retentionDays());
            case CREDIT_DRAFTS_CLIENT_MB -> String.valueOf(v.creditDraftsClientMb());
            case CREDIT_DRAFTS_TOTAL_MB -> String.valueOf(v.creditDraftsTotalMb());
            case SERVICE_URL -> v.serviceUrl() == null ? "(none)" : v.serviceUrl();
            case NOINDEX -> String.valueOf(v.noindex());
            case DATE -> v.buildDate().toString();
            case HOST -> v.host();
            case PORT -> String.valueOf(v.port());
            case WATCH -> String.valueOf(v.watch());
            case FORMAT -> v.format();
        };
    }
}
