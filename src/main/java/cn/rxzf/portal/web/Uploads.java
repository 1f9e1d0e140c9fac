package cn.rxzf.portal.web;

import cn.rxzf.portal.common.Sha256;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One file sent with an upload form ({@code multipart/form-data}), read into memory (never into a temporary folder)
 * and recognised by parsing ({@link FileTypes}): PDF, JPEG or PNG, at most {@link #MAX_FILE_BYTES}. Any feature that
 * takes attachments uses this, and gives its upload route the body limit {@link #MAX_REQUEST} ({@link BodyLimits}).
 *
 * <p>A request that is not an upload at all, or is too large, is an {@link HttpError} (the error page). A file the
 * person should simply choose again (none, empty, of another kind) is a {@link Refused}: the feature shows its own
 * page again with the message beside the file field, with everything else the person entered kept.
 */
public final class Uploads {
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** An upload request: one file plus the form's small fields. */
    public static final long MAX_REQUEST = MAX_FILE_BYTES + 64 * 1024;
    static final String TOO_LARGE = "文件过大：每个文件不超过 10 MB";

    /** A received file: a display name safe to store, the type its content really is, the bytes and their SHA-256. */
    public record Upload(String name, String contentType, byte[] data, byte[] sha256) {
        public int size() {
            return data.length;
        }
    }

    /** A file to choose again: the status to answer with (400, 415) and the message to show at the file field. */
    public static final class Refused extends Exception {
        public final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private Uploads() {}

    /** The one file of form field {@code field}. */
    public static Upload one(Context ctx, String field) throws Refused, IOException {
        if (ctx.contentLength() > MAX_REQUEST) throw new HttpError(413, TOO_LARGE);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("multipart/form-data")) throw HttpError.badRequest("请通过上传表单提交文件");
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles(field);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            if (m.contains("exceeds") || m.contains("too large") || m.contains("Max")) throw new HttpError(413, TOO_LARGE);
            throw HttpError.badRequest("上传的内容无法识别，请重新选择文件");
        }
        if (files.isEmpty()) throw new Refused(400, "请选择要上传的文件");
        if (files.size() > 1) throw new Refused(400, "每次上传 1 个文件");
        UploadedFile f = files.get(0);
        byte[] data;
        try (InputStream in = f.content()) {
            data = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (data.length > MAX_FILE_BYTES) throw new HttpError(413, TOO_LARGE);
        if (data.length == 0 && (f.filename() == null || f.filename().isBlank())) {
            throw new Refused(400, "请先选择要上传的文件"); // 上传 pressed with no file chosen: browsers send an empty part
        }
        if (data.length == 0) throw new Refused(400, "文件是空的，请重新选择");
        String real = FileTypes.sniff(data);
        if (real == null) throw new Refused(415, "只接受 PDF、JPEG 或 PNG 文件（按文件内容识别，与文件名无关）");
        return new Upload(FileTypes.safeName(f.filename(), real), real, data, Sha256.of(data));
    }
}
