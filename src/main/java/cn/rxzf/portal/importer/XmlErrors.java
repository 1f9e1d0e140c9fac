package cn.rxzf.portal.importer;

/** A parse failure of an Office file, in words an editor can act on. */
final class XmlErrors {
    private XmlErrors() {}

    static ImportException unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity") || m.contains("ENTITY")) {
                return new ImportException("文件包含 DOCTYPE 声明或外部实体引用（XXE），出于安全考虑不予导入", e);
            }
            if (m.contains("Zip bomb detected")) {
                return new ImportException("文件中的 " + part(m) + "解压后是压缩前的 100 倍以上（疑似压缩炸弹），不予导入；"
                        + "如确为正常文件，请在 Office 中打开后另存一份再导入", e);
            }
            if (t instanceof ImportException ie) return ie;
        }
        return new ImportException("文件无法读取（已损坏或不是 Office 保存的文件）：" + e.getMessage(), e);
    }

    /** The part named in POI's zip-bomb message (“Entry: word/document.xml”), followed by a space, or "". */
    private static String part(String message) {
        int at = message.lastIndexOf("Entry: ");
        if (at < 0) return "";
        String rest = message.substring(at + 7).strip();
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) end++;
        return rest.substring(0, end) + " ";
    }
}
