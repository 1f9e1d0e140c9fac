import cn.rxzf.portal.db.DataFolder;
import cn.rxzf.portal.db.Database;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * The machine's limit for a durable comment, measured beside the portal (issue 21): bare Javalin and one INSERT per
 * request into the same {@code comments} table of the same embedded PostgreSQL (synchronous commit, autocommit: one
 * commit each, which PostgreSQL's own WAL flushes group). No form token, no rate limits, no validation, no group
 * commit, no template: what is left is HTTP, one form parse and one durable row. Load.java drives it unchanged (GET the
 * page for a token, POST the form, expect 303).
 *
 *   java -cp portal.jar bench/service/BarePeer.java DATA_DIR PORT   (prints "serving …" when ready; load.sh TARGET=bare)
 */
public class BarePeer {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        DataFolder folder = DataFolder.claim(data, "bare-peer");
        Database db = Database.embedded(folder, 16);
        String insert = "INSERT INTO comments (tracking_no, draft_id, department, body, body_hash) VALUES (?, ?, 'bench', ?, ?)";
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/drafts/{draft}/", ctx -> ctx.html("<input name=\"token\" value=\"bare\">"));
            c.routes.post("/drafts/{draft}/comments", ctx -> {
                String body = ctx.formParam("body");
                String no = UUID.randomUUID().toString();
                db.jdbi.useHandle(h -> {
                    Connection c2 = h.getConnection();
                    try (PreparedStatement s = c2.prepareStatement(insert)) {
                        s.setString(1, no);
                        s.setString(2, ctx.pathParam("draft"));
                        s.setString(3, body);
                        s.setBytes(4, MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
                        s.executeUpdate();
                    }
                });
                ctx.status(303).header("Location", "/comments/" + no);
            });
        });
        app.start("127.0.0.1", port);
        System.out.println("serving http://127.0.0.1:" + port + "/ (bare peer)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                db.close();
                folder.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        Thread.currentThread().join();
    }
}
