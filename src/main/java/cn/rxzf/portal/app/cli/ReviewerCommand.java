package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.db.Login;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Administers reviewer accounts (beside a running {@code serve}, through its database; alone, with its own):
 * {@code reviewer add USER --department CODE [--supervisor]} (a supervisor also handles 回访 complaints and 廉洁自律 reports),
 * {@code reviewer add USER --admin},
 * {@code reviewer password USER}, {@code reviewer disable USER}, {@code reviewer totp-reset USER} (removes the second factor
 * and its recovery codes, so the reviewer enrols again). Each of the last three ends the account's sessions. Passwords are read from the terminal without
 * echo, or from the first line of standard input; they never appear in arguments (and so not in shell history or
 * process lists).
 */
public final class ReviewerCommand {
    static final String USAGE = "usage: portal reviewer add USER --department CODE [--supervisor] | add USER --admin | password USER | disable USER | totp-reset USER"
            + " [--db URL] [--data DIR]";

    private ReviewerCommand() {}

    /** The arguments that are settings (--db URL, --data DIR …), without this command's own. */
    public static List<String> settingsArgs(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--department")) {
                i++;
            } else if (a.startsWith("--") && !a.equals("--admin") && !a.equals("--supervisor")) {
                out.add(a);
                if (i + 1 < args.size()) out.add(args.get(++i));
            }
        }
        return out;
    }

    public static int run(Settings settings, List<String> args) throws IOException {
        List<String> positional = new ArrayList<>();
        String department = null;
        boolean admin = false;
        boolean supervisor = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--department") && i + 1 < args.size()) department = args.get(++i);
            else if (a.equals("--admin")) admin = true;
            else if (a.equals("--supervisor")) supervisor = true;
            else if (a.startsWith("--")) i++;
            else positional.add(a);
        }
        if (positional.size() != 2) {
            System.err.println(USAGE);
            return 2;
        }
        String verb = positional.get(0);
        String user = positional.get(1);
        try (Database db = Database.forCommand(
                settings.dbUrl() == null ? null : Login.of(settings.dbUrl()), ServeCommand.ownerLogin(settings),
                settings.dataDir(), "reviewer")) {
            ReviewerStore store = new ReviewerStore(db.jdbi);
            switch (verb) {
                case "add" -> {
                    if (admin && supervisor) {
                        System.err.println("portal: --supervisor is a department's role; an administrator sees every queue already");
                        return 2;
                    }
                    if (!admin && department == null) {
                        System.err.println("portal: a reviewer needs --department CODE (or --admin for all departments)");
                        return 2;
                    }
                    String password = readPassword();
                    if (password == null) return 2;
                    store.add(user, admin ? Reviewer.ALL : department, admin ? "admin" : supervisor ? "supervisor" : "reviewer",
                            Passwords.hash(password));
                    System.out.println("added " + (admin ? "administrator " : supervisor ? "supervisor " : "reviewer ") + user
                            + (admin ? "" : " of " + department));
                }
                case "password" -> {
                    String password = readPassword();
                    if (password == null) return 2;
                    if (!store.setPassword(user, Passwords.hash(password))) return notFound(user);
                    System.out.println("password changed for " + user);
                }
                case "disable" -> {
                    if (!store.disable(user)) return notFound(user);
                    System.out.println("disabled " + user);
                }
                case "totp-reset" -> {
                    if (!store.resetSecondFactor(user)) return notFound(user);
                    System.out.println("second factor removed for " + user + "; they enrol again at /review/account");
                }
                default -> {
                    System.err.println(USAGE);
                    return 2;
                }
            }
            System.err.println(where(settings, db));
        }
        return 0;
    }

    /**
     * Which database the change went to: an operator who forgot {@code --data} must see that the running service
     * (started with another data folder) will not know this account.
     */
    private static String where(Settings settings, Database db) {
        if (settings.dbUrl() != null) return "portal: written to the external database given by --db";
        String folder = settings.dataDir().toAbsolutePath().normalize().toString();
        return db.isEmbedded()
                ? "portal: written to the data folder " + folder + "; no service is running on it (a serve with another --data will not see this)"
                : "portal: written to the data folder " + folder + ", beside the service running on it";
    }

    private static int notFound(String user) {
        System.err.println("portal: no reviewer named " + user);
        return 1;
    }

    private static String readPassword() throws IOException {
        String password;
        if (System.console() != null) {
            char[] chars = System.console().readPassword("password (at least %d characters): ", Passwords.MIN_LENGTH);
            password = chars == null ? null : new String(chars);
            // Typed unseen, so typed twice: a typo would otherwise lock the reviewer out until the next reset.
            char[] again = password == null ? null : System.console().readPassword("the same password again: ");
            if (password != null && (again == null || !password.equals(new String(again)))) {
                System.err.println("portal: the two passwords differ; nothing was changed");
                return null;
            }
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            System.err.println("portal: the password must have at least " + Passwords.MIN_LENGTH + " characters");
            return null;
        }
        return password;
    }
}
