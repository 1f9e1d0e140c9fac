package cn.rxzf.portal.content.model;

import java.util.List;

/** One numbered step of a procedure, in one of the four stages of a 柔性执法 case. */
public record Step(String stage, String text) {
    public static final List<String> STAGES = List.of("启动", "实施", "终止", "记录");
}
