package cn.rxzf.portal;

import cn.rxzf.portal.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small content tree written inline by a test: a valid minimal site to start from, and {@link #write} to add or
 * break files. Builds use the real {@code site-templates/}.
 */
public final class TestSite {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public final Path root;
    public final Path content;
    public final Path out;

    public TestSite(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("site");
    }

    /** A valid site: one department, one list with one item, a method and a case citing the item. */
    public static TestSite minimal(Path root) {
        TestSite s = new TestSite(root);
        s.write("site.yaml", """
                站点名称: 测试站
                主办单位: 测试单位
                网址: https://test.example.gov.cn
                搜索示例: [没亮照经营, 价格标签没贴]
                """);
        s.write("departments/scj/department.md", """
                ---
                部门: scj
                名称: 测试市市场监督管理局
                职责: 市场监管
                联系电话: 0000-1234567
                ---
                """);
        s.write("departments/scj/lists/mianfa.md", """
                ---
                部门: scj
                标题: 测试免罚清单
                类型: 不予处罚
                发布机构: 测试市市场监督管理局
                成文日期: 2024-01-01
                生效日期: 2024-02-01
                有效期至: 2027-01-31
                状态: 生效
                领域: 市场监管
                条目:
                  - id: scj-01
                    违法行为: 未按规定公示营业执照
                    违反条款: 《测试条例》第1条
                    处罚依据: 《测试条例》第2条
                    适用条件:
                      - 首次发现
                      - 及时改正
                    处理结果: 不予处罚
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [批评教育]
                ---
                说明文字。
                """);
        s.write("methods/shuofu-jiaoyu.md", """
                ---
                名称: 说服教育
                概述: 以说理的方式促使当事人改正。
                步骤:
                  - 阶段: 启动
                    内容: 发现轻微违法行为。
                  - 阶段: 记录
                    内容: 记录在案。
                ---
                """);
        s.write("departments/scj/cases/anli-1.md", """
                ---
                部门: scj
                标题: 某店未公示营业执照案
                日期: 2024-05
                条目: [scj-01]
                执法方式: [shuofu-jiaoyu]
                处理结果: 不予处罚
                ---
                案情。
                """);
        return s;
    }

    public TestSite write(String rel, String text) {
        try {
            Path file = content.resolve(rel);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's law data, content/law/ as published: the check's rules come from there. */
    public TestSite withLaw() {
        try (var files = Files.list(Path.of("content", "law"))) {
            for (Path f : files.toList()) write("law/" + f.getFileName(), Files.readString(f));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String rel) {
        try {
            Files.delete(content.resolve(rel));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's clock for tests without a database: 10:00 on {@link #TODAY}, standing still. */
    public static java.time.Clock clock() {
        return java.time.Clock.fixed(TODAY.atTime(10, 0).atZone(Settings.ZONE).toInstant(), Settings.ZONE);
    }

    /** The settings of this site, with command-line {@code flags} (e.g. {@code --trusted-proxies 127.0.0.1}). */
    public Settings settings(String... flags) {
        return Settings.parse(java.util.List.of(flags), java.util.Map.of()).withDirs(content, Path.of("site-templates"), out)
                .withDate(TODAY);
    }

    /** How problems name a file of this site. */
    public String path(String rel) {
        return content.normalize() + "/" + rel;
    }
}
