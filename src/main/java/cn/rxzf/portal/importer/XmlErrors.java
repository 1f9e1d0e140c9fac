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
            if (t instanceof ImportException ie) return ie;
        }
        return new ImportException("文件无法读取（已损坏或不是 Office 保存的文件）：" + e.getMessage(), e);
    }
}
