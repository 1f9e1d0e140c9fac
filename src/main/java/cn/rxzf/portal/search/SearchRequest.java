package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One search: the words typed, optional filters (blank means any) and a page. {@link #problems()} checks the limits
 * every caller must keep; messages name the parameter, never repeat its value.
 *
 * @param type      item, case, method, procedure or list
 * @param listType  a list type such as 首违不罚
 * @param area      a 领域 such as 市场监管/食品
 * @param status    a list status such as 生效
 */
public record SearchRequest(String query, String type, String department, String listType, String area,
                            String status, int page) {
    public static final int MAX_QUERY = 100;
    public static final int MAX_PAGE = 100;
    public static final int PAGE_SIZE = 10;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final int MAX_FILTER = 40;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        type = blankToNull(type);
        department = blankToNull(department);
        listType = blankToNull(listType);
        area = blankToNull(area);
        status = blankToNull(status);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, 1);
    }

    public SearchRequest withPage(int p) {
        return new SearchRequest(query, type, department, listType, area, status, p);
    }

    /** What is wrong with the request, as (parameter, message) pairs; empty when it can be run. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (query.isEmpty()) out.add(new Problem("q", "请输入要搜索的内容"));
        else if (query.codePointCount(0, query.length()) > MAX_QUERY) {
            out.add(new Problem("q", "搜索内容不能超过 " + MAX_QUERY + " 个字"));
        } else if (query.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            out.add(new Problem("q", "搜索内容含有不可见的控制字符"));
        }
        if (page < 1 || page > MAX_PAGE) out.add(new Problem("page", "页码须为 1 到 " + MAX_PAGE + " 之间的整数"));
        if (type != null && !SearchIndexer.TYPES.contains(type)) {
            out.add(new Problem("type", "类型须为 " + String.join("、", SearchIndexer.TYPES) + " 之一"));
        }
        if (department != null && !CODE.matcher(department).matches()) out.add(new Problem("department", "部门代码格式不对"));
        for (String[] f : new String[][] {{"listType", listType}, {"area", area}, {"status", status}}) {
            if (f[1] != null && (f[1].length() > MAX_FILTER || f[1].chars().anyMatch(Character::isISOControl))) {
                out.add(new Problem(f[0], "筛选条件过长或含有控制字符"));
            }
        }
        return out;
    }

    public record Problem(String param, String message) {}

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
