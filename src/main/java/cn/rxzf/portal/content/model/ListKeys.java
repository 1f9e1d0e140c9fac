package cn.rxzf.portal.content.model;

import java.util.List;

/**
 * The front-matter keys of a list file and of its items, spelled once: the list reader reads them and the importer
 * writes them. {@link #ITEM_KEYS} is the order an item's keys are written in.
 */
public final class ListKeys {
    private ListKeys() {}

    public static final String DEPARTMENT = "部门";
    public static final String TITLE = "标题";
    public static final String TYPE = "类型";
    public static final String ISSUER = "发布机构";
    public static final String DOC_NUMBER = "文号";
    public static final String WRITTEN = "成文日期";
    public static final String PUBLISHED = "发布日期";
    public static final String EFFECTIVE = "生效日期";
    public static final String EXPIRY = "有效期至";
    public static final String VERSION = "版本";
    public static final String STATUS = "状态";
    public static final String SUPERSEDES = "替代";
    public static final String INDEX_NUMBER = "索引号";
    public static final String SUBJECT = "主题分类";
    public static final String AREA = "领域";
    public static final String REGION = "地区";
    public static final String SOURCE = "来源";
    public static final String SOURCE_NOTE = "来源说明";
    public static final String ITEMS = "条目";

    public static final String ID = "id";
    public static final String SEQ = "序号";
    public static final String VIOLATION = "违法行为";
    public static final String VIOLATED = "违反条款";
    public static final String PENALTY_BASIS = "处罚依据";
    public static final String CONDITIONS = "适用条件";
    public static final String OUTCOME = "处理结果";
    public static final String OUTCOME_NOTE = "处理说明";
    public static final String AUTHORITY = "实施机关";
    public static final String MEASURES = "配套监管措施";
    public static final String KEYWORDS = "关键词";
    public static final String NOTE = "备注";
    /** A mapping of further published fields (a column of the department's table the format has no key for). */
    public static final String EXTRA = "其他字段";

    /** The list's own keys in the order the format documents them (and a version diff shows them). */
    public static final List<String> LIST_KEYS = List.of(TITLE, TYPE, STATUS, SUPERSEDES, ISSUER, DOC_NUMBER, WRITTEN,
            PUBLISHED, EFFECTIVE, EXPIRY, VERSION, INDEX_NUMBER, SUBJECT, AREA, REGION, SOURCE, SOURCE_NOTE, DEPARTMENT);

    public static final List<String> ITEM_KEYS = List.of(ID, SEQ, VIOLATION, VIOLATED, PENALTY_BASIS, CONDITIONS,
            OUTCOME, OUTCOME_NOTE, AUTHORITY, MEASURES, AREA, KEYWORDS, SOURCE, NOTE, EXTRA);
    /** Item keys that must have a value ({@link #AREA} may come from the list instead). */
    public static final List<String> REQUIRED_ITEM_KEYS = List.of(ID, VIOLATION, VIOLATED, PENALTY_BASIS, CONDITIONS,
            OUTCOME, AUTHORITY, MEASURES);
    /** Item keys that hold a sequence of texts. */
    public static final List<String> SEQUENCE_KEYS = List.of(CONDITIONS, MEASURES, KEYWORDS);
}
