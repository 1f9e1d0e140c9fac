package cn.rxzf.portal.importer;

import java.util.List;
import java.util.Map;

/**
 * What an import found, ready to be written: the list's title and what the title and notes tell (type, 文号, 版本),
 * whether the items carry their 领域, the items (item key → text or list of texts; 其他字段 as a map) and the notes
 * below the table.
 */
record ImportedList(String title, String type, String docNumber, String version, boolean itemsHaveArea,
                    List<Map<String, Object>> items, List<String> notes) {}
