package cn.rxzf.portal.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one way a form's file is received, for every upload route (credit repair's material, a commitment's evidence of
 * correction): one file per request, at most {@link #MAX_FILE_BYTES}, kept in memory and recognised by parsing
 * ({@link FileTypes}), whatever it is called. What the person can fix on the page (no file, an empty one, a type we do
 * not take, too many files) comes back as a {@link Received#error} with its status; what no page of ours sends
 * (not multipart, a broken body, too large) is thrown.
 */
public final class Uploads {
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** An upload request: one file plus the form's small fields. */
    public static final long MAX_UPLOAD_REQUEST = MAX_FILE_BYTES + 64 * 1024;
    public static final String TOO_LARGE = "文件过大：每个文件不超过 10 MB";

    /** A checked file: display name, real content type, bytes. */
    public record File(String name, String contentType, byte[] data) {}

    /** Either a file or an error message with the status to answer it with. */
    public record Received(File file, int status, String error) {
        static Received refused(int status, String error) {
            return new Received(null, status, error);
        }
    }

    private Uploads() {}

    /** The form's field {@code file}, when fewer than {@code maxFiles} are stored already ({@code stored}). */
    public static Received receive(Context ctx, int stored, int maxFiles) throws IOException {
        if (ctx.contentLength() > MAX_UPLOAD_REQUEST) throw new HttpError(413, TOO_LARGE);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("multipart/form-data")) throw HttpError.badRequest("请通过上传表单提交文件");
        java.util.List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            if (m.contains("exceeds") || m.contains("too large") || m.contains("Max")) throw new HttpError(413, TOO_LARGE);
            throw HttpError.badRequest("上传的内容无法识别，请重新选择文件");
        }
        if (files.isEmpty()) return Received.refused(400, "请选择要上传的文件");
        if (files.size() > 1 || stored >= maxFiles) return Received.refused(400, "附件最多 " + maxFiles + " 个，每次上传 1 个");
        UploadedFile f = files.get(0);
        byte[] data;
        try (InputStream in = f.content()) {
            data = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (data.length > MAX_FILE_BYTES) throw new HttpError(413, TOO_LARGE);
        if (data.length == 0) return Received.refused(400, "文件是空的，请重新选择");
        String real = FileTypes.sniff(data);
        if (real == null) return Received.refused(415, "只接受 PDF、JPEG 或 PNG 文件（按文件内容识别，与文件名无关）");
        return new Received(new File(FileTypes.safeName(f.filename(), real), real, data), 200, null);
    }
}
