package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Schemas (draft 2020-12) of the open data, published under {@code /data/schema/}: what each field of the JSON
 * files means, which are always present, and which may be null. Kept beside the code that writes the files; the
 * open-data test checks every file against its schema.
 */
public final class JsonSchemas {
    private JsonSchemas() {}

    private static final String ITEM_PROPERTIES = """
                "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "事项编号，全站唯一且稳定；页面为 /items/<id>/"},
                "seq": {"type": "integer", "description": "序号（清单中的编号）"},
                "violation": {"type": "string", "description": "违法行为"},
                "violatedProvisions": {"type": "string", "description": "违反条款"},
                "penaltyBasis": {"type": "string", "description": "处罚依据"},
                "conditions": {"type": "array", "items": {"type": "string"}, "description": "适用条件，须同时满足"},
                "outcome": {"enum": @OUTCOMES@, "description": "处理结果"},
                "outcomeNote": {"type": ["string", "null"], "description": "处理说明"},
                "authority": {"type": "string", "description": "实施机关"},
                "measures": {"type": "array", "items": {"type": "string"}, "description": "配套监管措施"},
                "area": {"type": "string", "description": "领域"},
                "keywords": {"type": "array", "items": {"type": "string"}, "description": "常见说法"},
                "note": {"type": ["string", "null"], "description": "备注"},
                "extra": {"type": "object", "additionalProperties": {"type": "string"}, "description": "其他字段（清单原表中的其他列），按原表顺序；没有时省略"},
                "url": {"type": "string", "format": "uri", "description": "事项页面的网址"}""";
    private static final String ITEM_REQUIRED = """
            "id", "seq", "violation", "violatedProvisions", "penaltyBasis", "conditions", "outcome", "authority", "measures", "area", "keywords", "url\"""";

    /** File name under {@code /data/schema/} → schema text. */
    public static Map<String, byte[]> all(String baseUrl) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("list.schema.json", list(baseUrl));
        m.put("lists.schema.json", lists(baseUrl));
        m.put("items.schema.json", items(baseUrl));
        m.put("cases.schema.json", cases(baseUrl));
        m.put("provisions.schema.json", provisions(baseUrl));
        return m;
    }

    static byte[] list(String baseUrl) {
        return text("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "%s/data/schema/list.schema.json",
                  "title": "清单（/lists/<id>/<id>.json）",
                  "type": "object",
                  "required": ["id", "title", "type", "department", "issuer", "indexNumber", "writtenDate", "publishedDate", "effectiveDate", "status", "url", "items"],
                  "additionalProperties": false,
                  "properties": {
                    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "清单编号；页面为 /lists/<id>/"},
                    "title": {"type": "string", "description": "标题"},
                    "type": {"enum": @LIST_TYPES@, "description": "清单类型"},
                    "department": {"type": "string", "description": "部门代码"},
                    "issuer": {"type": "string", "description": "发布机构"},
                    "documentNumber": {"type": ["string", "null"], "description": "文号"},
                    "indexNumber": {"type": "string", "description": "索引号"},
                    "writtenDate": {"type": "string", "format": "date", "description": "成文日期"},
                    "publishedDate": {"type": "string", "format": "date", "description": "发布日期"},
                    "effectiveDate": {"type": "string", "format": "date", "description": "生效日期"},
                    "expiryDate": {"type": ["string", "null"], "format": "date", "description": "有效期至"},
                    "version": {"type": ["string", "null"], "description": "版本"},
                    "status": {"enum": @STATUSES@, "description": "状态"},
                    "supersedes": {"type": ["string", "null"], "description": "本清单替代的清单编号"},
                    "region": {"type": ["string", "null"], "description": "适用地区"},
                    "source": {"type": ["string", "null"], "format": "uri", "description": "原文来源"},
                    "url": {"type": "string", "format": "uri", "description": "清单页面的网址"},
                    "items": {"type": "array", "items": {"$ref": "#/$defs/item"}, "description": "清单事项"}
                  },
                  "$defs": {
                    "item": {
                      "type": "object",
                      "required": [%s],
                      "additionalProperties": false,
                      "properties": {
                %s
                      }
                    }
                  }
                }
                """.formatted(baseUrl, ITEM_REQUIRED.strip(), indent(ITEM_PROPERTIES, 4)));
    }

    static byte[] lists(String baseUrl) {
        return text("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "%s/data/schema/lists.schema.json",
                  "title": "清单目录（/data/lists.json）",
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["id", "title", "type", "department", "status", "publishedDate", "itemCount", "url", "json", "csv", "xlsx"],
                    "additionalProperties": false,
                    "properties": {
                      "id": {"type": "string", "description": "清单编号"},
                      "title": {"type": "string", "description": "标题"},
                      "type": {"type": "string", "description": "清单类型"},
                      "department": {"type": "string", "description": "部门代码"},
                      "status": {"enum": @STATUSES@, "description": "状态"},
                      "publishedDate": {"type": "string", "format": "date", "description": "发布日期"},
                      "itemCount": {"type": "integer", "description": "事项数"},
                      "url": {"type": "string", "format": "uri", "description": "清单页面"},
                      "json": {"type": "string", "format": "uri", "description": "JSON 文件（list.schema.json）"},
                      "csv": {"type": "string", "format": "uri", "description": "CSV 文件"},
                      "xlsx": {"type": "string", "format": "uri", "description": "Excel 文件"}
                    }
                  }
                }
                """.formatted(baseUrl));
    }

    static byte[] items(String baseUrl) {
        return text("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "%s/data/schema/items.schema.json",
                  "title": "全部事项（/data/items.json）",
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["list", "department", %s],
                    "additionalProperties": false,
                    "properties": {
                      "list": {"type": "string", "description": "所属清单编号"},
                      "department": {"type": "string", "description": "部门代码"},
                %s
                    }
                  }
                }
                """.formatted(baseUrl, ITEM_REQUIRED.strip(), indent(ITEM_PROPERTIES, 2)));
    }

    static byte[] cases(String baseUrl) {
        return text("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "%s/data/schema/cases.schema.json",
                  "title": "典型案例（/data/cases.json）",
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["id", "title", "department", "date", "items", "methods", "result", "bodyHtml", "url"],
                    "additionalProperties": false,
                    "properties": {
                      "id": {"type": "string", "description": "案例编号；页面为 /cases/<id>/"},
                      "title": {"type": "string", "description": "标题"},
                      "department": {"type": "string", "description": "部门代码"},
                      "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "description": "日期（年月或年月日）"},
                      "region": {"type": ["string", "null"], "description": "地区"},
                      "area": {"type": ["string", "null"], "description": "领域"},
                      "items": {"type": "array", "items": {"type": "string"}, "description": "适用的事项编号"},
                      "methods": {"type": "array", "items": {"type": "string"}, "description": "执法方式编号（/methods/<id>/）"},
                      "result": {"type": "string", "description": "处理结果"},
                      "fidelity": {"enum": ["原文", "转述", "节选", "示例", null], "description": "文本性质"},
                      "source": {"type": ["string", "null"], "format": "uri", "description": "来源"},
                      "sourceNote": {"type": ["string", "null"], "description": "来源说明"},
                      "bodyHtml": {"type": "string", "description": "案情（HTML）"},
                      "url": {"type": "string", "format": "uri", "description": "案例页面的网址"}
                    }
                  }
                }
                """.formatted(baseUrl));
    }

    static byte[] provisions(String baseUrl) {
        return text("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "%s/data/schema/provisions.schema.json",
                  "title": "违法条款与事项（/data/provisions.json）：每个“事项—条款”一条",
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["provision", "law", "lawName", "article", "cited", "item", "list", "department", "listStatus", "outcome", "outcomeGroup", "provisionUrl", "itemUrl"],
                    "additionalProperties": false,
                    "properties": {
                      "provision": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*/[0-9]+(-[0-9]+)?$", "description": "条款键：法规 id/条（之N 写作 -N）；页面为 /provisions/<provision>/"},
                      "law": {"type": "string", "description": "法规 id（法律法规名录 law/fagui-minglu.yaml）"},
                      "lawName": {"type": "string", "description": "法规全称"},
                      "article": {"type": "string", "description": "条，如 第126条、第44条之1"},
                      "cited": {"type": "string", "description": "事项如何引用该条：栏目及条款项，如 处罚依据 第126条第2款"},
                      "item": {"type": "string", "description": "事项编号；页面为 /items/<id>/"},
                      "list": {"type": "string", "description": "所属清单编号"},
                      "department": {"type": "string", "description": "部门代码"},
                      "region": {"type": ["string", "null"], "description": "清单适用地区"},
                      "listStatus": {"enum": @STATUSES@, "description": "清单状态"},
                      "outcome": {"enum": @OUTCOMES@, "description": "事项的处理结果"},
                      "outcomeGroup": {"enum": @OUTCOME_GROUPS@, "description": "比对分组（首违不罚按清单类型）"},
                      "keyConditions": {"type": "array", "items": {"type": "string"}, "description": "关键条件：须首次、须无危害后果、改正期限、金额门槛"},
                      "provisionUrl": {"type": "string", "format": "uri", "description": "条款页面"},
                      "itemUrl": {"type": "string", "format": "uri", "description": "事项页面"}
                    }
                  }
                }
                """.formatted(baseUrl));
    }

    private static String indent(String text, int spaces) {
        String pad = " ".repeat(spaces);
        return text.lines().map(l -> pad + l).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The schema's bytes, with the content format's vocabularies written in where it names them. */
    private static byte[] text(String s) {
        return s.replace("@OUTCOMES@", array(Item.OUTCOMES))
                .replace("@LIST_TYPES@", array(EnforcementList.TYPES))
                .replace("@STATUSES@", array(EnforcementList.STATUSES))
                .replace("@OUTCOME_GROUPS@", array(cn.rxzf.portal.content.citations.Provisions.OUTCOME_GROUPS))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON array of plain strings (the vocabularies hold no quotes or backslashes). */
    private static String array(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String v : values) out.append(out.length() > 1 ? ", " : "").append('"').append(v).append('"');
        return out.append(']').toString();
    }
}
