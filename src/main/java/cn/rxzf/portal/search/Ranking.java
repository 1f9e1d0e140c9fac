package cn.rxzf.portal.search;

/**
 * The query-time weights of a query's clauses over the combined field ({@link SearchIndexer#ALL}, whose field
 * weights are {@link FieldWeights}).
 *
 * @param keywords       the weight of a department's 关键词: a tie-break, far below a pair of the act
 * @param synonyms       the weight of the formal wording a spoken synonym stands for
 * @param pinyin         the weight of a pair found only by its sound
 * @param citation       the weight of a citation (法名:条号) the query and a document share
 * @param law            the weight of a law the query names without an article
 * @param commonShare    a query's pairs found in more than this share of documents only add to the score of what
 *                       its other pairs matched
 * @param straddling     the weight of a query's pairs that straddle the edge of a word of the synonyms file
 * @param fallbackBelow  the common pairs make documents match when fewer than this many match the rare ones
 * @param gate           the share of a query's meaning (its pairs weighted by rarity, see {@link Coverage}) the best
 *                       match must have, or the query finds nothing
 * @param actOptional    below this share of the query's meaning, the first page must also meet the query in what a
 *                       document is about (an item's 违法行为) or a citation, or the query finds nothing (see
 *                       {@code MeaningfulMatch#meetsAnAct}); 0 turns that off
 * @param others         the factor on the score of cases, methods, procedures and lists, so that an item (what
 *                       business owners look for) comes before a case telling the same story
 * @param fieldNamed     added to the score of a match whose field (领域) the query names ({@link FieldsNamed}); 0: off
 * @param fieldNamedOnlyInConditionQuestions  only for condition questions ({@link ConditionQuestion})
 * @param itemsFirst     a case or list ranked above an item it is about gives the item its place ({@link ItemsFirst})
 * @param processWords   the words of the process ({@link ProcessWords}: 行政, 处罚, 清单, 流程 …) are no evidence of an
 *                       act in the act check
 * @param procedureEvidence  a question about a procedure ({@link ProcedureQuestion}) must meet an act in words that
 *                       carry more than this share of its meaning, whatever its coverage; 0: off
 * @param conditionStories  a condition question's words that no document has (the story it tells) are left out of the
 *                       coverage the gate measures ({@link Coverage#withoutUnknownWords})
 * @param personWords  a first page whose every document has of the query only a word for a kind of person in the
 *                       dictionary's wording (孩子 → 未成年人, {@link Coverage#onlyAPersonWord}) finds nothing
 * @param splitRuns  a run of single characters of the segmenter is read, for the gate's coverage, as those of its
 *                       pairs that are words of what documents are about (用 地 法 款 → 用地; {@link Coverage#splitRun}),
 *                       not as one word no document has
 * @param typedPinyin  a query's words typed in pinyin are read as the characters they sound like, where that is
 *                       unambiguous (yingye zhizhao → 营业执照; {@link TypedPinyin})
 * @param servicesOnly  a question about a service that tells no wrong ({@link ProcedureQuestion#asksAServiceOnly}:
 *                       身份证丢了怎么补办) finds nothing
 * @param passiveProcedures  a word of the procedure the person underwent (被邻居投诉) does not make the query a
 *                       question about a procedure ({@link ProcedureQuestion#asksActively})
 * @param fillerWords  everyday words that carry no meaning of what was done ({@link Words#FILLER_WORDS}: 我们, 已经,
 *                       好几) are left out of the query's words the gate's coverage and the act check weigh
 * @param fillerChars  a single character of degree, vague number or time ({@link Words#FILLER_CHARS}: 几, 很, 才) is not
 *                       joined with its neighbours into a run that coverage weighs as a word (几天, 很小, 天才交)
 * @param spokenBySound  a run of the query that sounds like a spoken word of the dictionary and has a pair no document
 *                       has (夸门经营) is read as that word (跨门经营; {@link SpokenBySound})
 * @param typedInitials  a query's word in pinyin initials that the dictionary has as a spoken word (yyzz, hb) is read
 *                       as its formal word ({@link TypedInitials}); off, such a dictionary word is not read at all
 * @param unknownActs  a condition question whose act no document has in any wording (酒驾第一次会拘留吗: 酒驾;
 *                       {@link ConditionQuestion#actWords}) finds nothing: its condition is on every list, its act on none
 * @param servicesHowMuch  a question asking how much of anything but a fine that tells no wrong (医保报销比例是多少,
 *                       增值税起征点是多少; {@link ProcedureQuestion#asksAServiceOnly(String, boolean)}) is a question about
 *                       a service, and finds nothing (with {@code servicesOnly})
 * @param whoWords  in a condition question ({@link ConditionQuestion}), the factor on the weight of its words that only
 *                       name who did it ({@link WhoWords}: 网吧, 汽修厂) and of the formal wording of a dictionary word
 *                       inside them, when it has other words; 1: off
 * @param foundByWords  with {@code whoWords}, a condition question's words naming the office that found it or decides
 *                       ({@link FoundByWords}: 住建局, 消防大队) weigh as the words naming who did it
 * @param officesInEveryQuestion  so do the words naming an office in every question, not only condition questions
 *                       (人社局查到招工信息没备案); off: measured in round 19 as a trade (bench/search/README.md)
 * @param runPairs  a pair of two single characters of the segmenter that the documents' acts, conditions or titles say
 *                       as written (闭 门 器 → 闭门) is a word of the query, which makes matches ({@link RunPairs}), not a
 *                       pair straddling two words
 * @param misspeltStopPairs  a stop character typed for a character of its sound, beside a single character, is a
 *                       misspelt word for the gate's coverage when no document has the pair as written and one sounds so
 *                       (消防通到 → 通道; {@link MisspeltStopPairs})
 * @param negatedSpokenWords  a spoken word of the dictionary split by a negation is read whole after 没有 (用工没备案 →
 *                       没有用工备案; {@link NegatedSpokenWords})
 */
public record Ranking(String name, float keywords, float synonyms, float pinyin, float citation, float law,
                      float commonShare, float straddling, int fallbackBelow, float gate, float actOptional, float others,
                      boolean itemsFirst, float fieldNamed, boolean fieldNamedOnlyInConditionQuestions,
                      boolean processWords, float procedureEvidence, boolean conditionStories,
                      boolean personWords, boolean splitRuns,
                      boolean typedPinyin, boolean servicesOnly, boolean passiveProcedures,
                      boolean fillerWords, boolean fillerChars, boolean spokenBySound,
                      boolean typedInitials, boolean unknownActs, boolean servicesHowMuch,
                      float whoWords, boolean foundByWords, boolean officesInEveryQuestion, boolean runPairs,
                      boolean misspeltStopPairs, boolean negatedSpokenWords) {

    public static final Ranking DEFAULT = new Ranking("default", 0.02f, 0.5f, 0.6f, 8f, 2f, 0.2f, 0.3f, 3, 0.2f, 0.5f, 0.5f, true,
            3f, true, true, 0.3f, true, true, true, true, true, true, true, true, true, true, true, true, 0.5f, true, false, true,
            true, true);

    /** The same weights with another gate. */
    public Ranking withGate(float g) {
        return new Ranking(name, keywords, synonyms, pinyin, citation, law, commonShare, straddling, fallbackBelow, g,
                actOptional, others, itemsFirst, fieldNamed, fieldNamedOnlyInConditionQuestions, processWords,
                procedureEvidence, conditionStories, personWords, splitRuns, typedPinyin, servicesOnly, passiveProcedures,
                fillerWords, fillerChars, spokenBySound, typedInitials, unknownActs, servicesHowMuch, whoWords, foundByWords,
                officesInEveryQuestion, runPairs, misspeltStopPairs, negatedSpokenWords);
    }
}
