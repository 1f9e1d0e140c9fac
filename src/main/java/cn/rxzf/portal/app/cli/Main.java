package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.config.Settings;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar portal.jar COMMAND [options]}: runs the command and exits with its code. */
public final class Main {
    static final String USAGE = """
            usage: java -jar portal.jar COMMAND [options]
              build   [--content DIR] [--templates DIR] [--out DIR] [--date YYYY-MM-DD]   build the site
              check   [--content DIR] [--format text|github]                           validate content only
              serve   [--port 7070] [--watch]                                          serve the built site
              search  [--index DIR] [--json] QUERY  (also --report, --reindex)          search the built index
              reviewer add USER --department CODE [--supervisor|--admin] | password USER | disable USER   reviewer accounts
              import  FILE --department CODE [--list-id ID] [--sheet NAME] [--table N] [--out PATH] [--force]
                                                                               list file from a .xlsx/.docx/.csv list
              codeowners [--content DIR]                                               print .github/CODEOWNERS
              config                                                                   print every setting
            """;

    private Main() {}

    public static void main(String[] args) {
        int code = BatchJvm.runInChild(args);
        System.exit(code >= 0 ? code : run(args));
    }

    /** Exit codes: 0 success, 1 content or template problems, 2 usage error, 3 I/O or internal failure. */
    public static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Settings settings;
        try {
            List<String> settingsArgs = switch (args[0]) {
                case "search" -> SearchCommand.settingsArgs(rest);
                case "reviewer" -> ReviewerCommand.settingsArgs(rest);
                case "import" -> List.of(); // its options are its own
                default -> rest;
            };
            settings = Settings.parse(settingsArgs, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("portal: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "build" -> BuildCommand.run(settings);
                case "check" -> CheckCommand.run(settings);
                case "serve" -> ServeCommand.run(settings);
                case "config" -> ConfigCommand.run(settings);
                case "codeowners" -> CodeownersCommand.run(settings);
                case "search" -> SearchCommand.run(settings, rest);
                case "reviewer" -> ReviewerCommand.run(settings, rest);
                case "import" -> ImportCommand.run(rest);
                default -> {
                    System.err.println("portal: unknown command " + args[0]);
                    System.err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Exception e) {
            System.err.println("portal: " + args[0] + " failed: " + e.getMessage());
            return 3;
        }
    }
}
