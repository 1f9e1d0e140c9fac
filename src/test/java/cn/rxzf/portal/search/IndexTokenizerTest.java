package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The one-pass index tokenizer gives the four-stage chain's terms and position increments, in order. */
class IndexTokenizerTest {
    @Test
    void everyLineOfTheSampleContentIsTokenisedAsTheChainDoesAndMostTakeTheFastPath() throws IOException {
        int lines = 0, fast = 0;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    lines++;
                    if (IndexTokenizer.covered(line.toCharArray(), line.length())) fast++;
                    assertSameTokens(line);
                }
                assertSameTokens(Files.readString(p));
            }
        }
        assertTrue(lines > 3_000 && fast * 100 > lines * 95, fast + " of " + lines + " lines on the fast path");
    }

    @Test
    void typicalAndAwkwardTexts() {
        for (String text : List.of("", "中", "中文", "违反《广告法》第9条，罚款5万元。", "ＡＢＣ１２３全角",
                "3.5平方米、1,000元；e-mail a.b O'Neil a_b", "不超过2天（含）——首违", "x中y", "中 文", "  ",
                "ｶﾞｷ半角片假名", "〇々〆", "𠀀𠀁扩展B", "é combining e\u0301", "中\u200D文", "😀表情", "ﾟ",
                "ABC".repeat(200), "中".repeat(3000) + "a".repeat(300))) {
            assertSameTokens(text);
        }
    }

    @Test
    void randomTextsFromAMixedAlphabet() {
        String covered = "中文行政处罚法条款第一二三aAzZ09 .,;:'_-/()（），。、；：“”《》【】\n\tＡ１～×·…—"
                + "é©®²¼ªµ‼⁉ぁアア한\u9FEF\u4DB5ĀΩЖא١ก\u00A0\u3000#*’‧‰※";
        String uncovered = "ｶﾞ〇々😀\u0301\u200D〡\u9FF0\u4DB6\uFE0F\u20E3";
        randomTexts(covered, 5);
        randomTexts(covered + uncovered, 6);
    }

    private static void randomTexts(String alphabet, long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, n = random.nextInt(60); i < n; i++) {
                int cp = alphabet.codePointAt(random.nextInt(alphabet.length()));
                if (Character.isLowSurrogate((char) cp)) continue;
                s.appendCodePoint(cp);
            }
            assertSameTokens(s.toString());
        }
    }

    private static void assertSameTokens(String text) {
        assertEquals(tokens(Analysis.INDEX_CHAIN, text), tokens(Analysis.INDEX, text), text);
    }

    /** Term and position increment of every token, in order: what the index's frequencies and norms are made of. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "+" + increment.getPositionIncrement());
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
