package cn.rxzf.portal.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what a file is and refuses the hostile ones before any library parses it: too large, a macro-enabled or
 * password-protected (encrypted, so an OLE container) Office file, an old binary .xls/.doc, or a package whose parts
 * inflate beyond {@link Limits#UNZIPPED_BYTES} — counted while actually inflating, so sizes a zip bomb declares
 * falsely do not matter. External entities are refused later by the readers' XML parsers.
 */
final class FileGuard {
    enum Format { XLSX, DOCX, CSV }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileGuard() {}

    static Format check(Path file) throws ImportException, IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (ext.equals("xlsm") || ext.equals("xltm") || ext.equals("docm") || ext.equals("dotm")) {
            boolean sheet = ext.startsWith("x");
            throw new ImportException("文件启用了宏（." + ext + "），出于安全考虑不予导入：请在 " + (sheet ? "Excel" : "Word")
                    + " 中选“文件→另存为”，保存类型选“" + (sheet ? "Excel 工作簿（*.xlsx）" : "Word 文档（*.docx）") + "”（不含宏），再导入另存的文件");
        }
        Format format = switch (ext) {
            case "xlsx" -> Format.XLSX;
            case "docx" -> Format.DOCX;
            case "csv", "txt" -> Format.CSV;
            case "xls", "et", "doc", "wps" -> null; // decided by the content below: often an .xlsx/.docx renamed
            default -> throw new ImportException(unsupported(ext));
        };
        if (!Files.isRegularFile(file)) throw new ImportException("找不到文件");
        long size = Files.size(file);
        if (size > Limits.FILE_BYTES) {
            throw new ImportException("文件过大（" + size / (1024 * 1024) + " MB，上限 " + Limits.FILE_BYTES / (1024 * 1024) + " MB）");
        }
        if (format == Format.CSV) return format;
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 8);
        }
        boolean spreadsheet = ext.equals("xlsx") || ext.equals("xls") || ext.equals("et");
        if (n == 8 && startsWith(head, OLE)) {
            if (encrypted(file)) {
                throw new ImportException("文件受密码保护（已加密），无法读取：请在 Office 或 WPS 中打开文件，取消密码（Office："
                        + "文件→信息→保护→用密码进行加密，清空密码；WPS：文件→文档加密→密码加密，清空密码）后保存，再导入");
            }
            throw new ImportException(saveAs(spreadsheet, format == null ? "." + ext
                    : (spreadsheet ? ".xls" : ".doc") + "，只是扩展名为 ." + ext, ext.equals("et") || ext.equals("wps")));
        }
        if (n < 4 || !startsWith(head, ZIP)) {
            if (format == null) throw new ImportException(saveAs(spreadsheet, "." + ext, ext.equals("et") || ext.equals("wps")));
            throw new ImportException("不是有效的 ." + ext + " 文件（文件已损坏，或扩展名与内容不符）");
        }
        if (format == null) format = spreadsheet ? Format.XLSX : Format.DOCX; // an .xlsx/.docx saved under an old name
        inspectPackage(file);
        return format;
    }

    /** Inflates every part once, counting bytes; refuses macros (vbaProject, macro-enabled content types). */
    private static void inspectPackage(Path file) throws ImportException, IOException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > Limits.ZIP_ENTRIES) {
                    throw new ImportException("文件包含的部件过多（超过 " + Limits.ZIP_ENTRIES + " 个），不予导入");
                }
                String part = e.getName().toLowerCase(Locale.ROOT);
                if (part.endsWith("vbaproject.bin") || part.endsWith("vbadata.xml")) {
                    throw new ImportException("文件含有宏（" + e.getName() + "），出于安全考虑不予导入：请另存为不含宏的文件后再导入");
                }
                boolean types = part.equals("[content_types].xml");
                ByteArrayOutputStream kept = types ? new ByteArrayOutputStream() : null;
                int r;
                while ((r = zip.read(buffer)) > 0) {
                    total += r;
                    if (total > Limits.UNZIPPED_BYTES) {
                        throw new ImportException("文件解压后超过 " + Limits.UNZIPPED_BYTES / (1024 * 1024)
                                + " MB（疑似压缩炸弹），不予导入");
                    }
                    if (kept != null && kept.size() < 1024 * 1024) kept.write(buffer, 0, r);
                }
                if (kept != null && kept.toString(StandardCharsets.UTF_8).contains("macroEnabled")) {
                    throw new ImportException("文件是启用宏的 Office 文件，出于安全考虑不予导入：请另存为不含宏的 .xlsx 或 .docx 后再导入");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new ImportException("文件已损坏，无法解压：" + e.getMessage(), e);
        }
        if (entries == 0) throw new ImportException("文件已损坏：压缩包中没有内容");
    }

    /** What to do with an old binary Office or WPS file: save it in the new format, menu by menu. */
    private static String saveAs(boolean spreadsheet, String what, boolean wps) {
        return "不能直接导入旧版二进制格式（" + what + (wps ? "，WPS 格式" : "") + "）：请用 "
                + (spreadsheet ? "Excel 或 WPS 表格" : "Word 或 WPS 文字") + " 打开它，选“文件→另存为”，保存类型选“"
                + (spreadsheet ? "Excel 工作簿（*.xlsx）" : "Word 文档（*.docx）") + "”，再导入另存的文件";
    }

    /** Why a file type is not imported, and what to do instead. */
    private static String unsupported(String ext) {
        String what = switch (ext) {
            case "pdf", "ofd" -> "：请向发布机关索取清单的 Word 或 Excel 原件；没有原件的，可用 WPS 或 Acrobat 把 ." + ext
                    + " 转换为 Excel（.xlsx）后核对文字再导入";
            case "htm", "html", "shtml", "mht", "mhtml" -> "：网页上的清单表格，可在浏览器中选中整个表格复制，粘贴到 Excel 或 WPS 表格，"
                    + "另存为 .xlsx 后再导入";
            case "ods", "fods" -> "：请在 LibreOffice 或 WPS 中选“文件→另存为”，保存类型选 Excel 工作簿（.xlsx）后再导入";
            case "odt", "fodt", "rtf", "wpt", "dot", "dotx" -> "：请在 Word、WPS 或 LibreOffice 中选“文件→另存为”，保存类型选 Word 文档（.docx）后再导入";
            case "xlt", "xltx", "ett" -> "：这是模板文件，请打开后另存为 Excel 工作簿（.xlsx）再导入";
            case "zip", "rar", "7z" -> "：请先解压，再导入其中的 .xlsx、.docx 或 .csv 文件";
            default -> "";
        };
        return "不支持的文件类型“." + ext + "”：可导入 .xlsx、.docx 和 .csv 文件" + what;
    }

    private static boolean encrypted(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }
}
