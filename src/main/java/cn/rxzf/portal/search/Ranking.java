package cn.rxzf.portal.search;

/**
 * The weights of a query's clauses. {@link #DEFAULT} is what the portal uses; {@link #RESEARCH} is the chain
 * measured in research.md (every text field alike, nothing preferring items), kept so the relevance report can
 * show what the changes bought.
 *
 * @param commonShare    a query's pairs found in more than this share of documents only add to the score of what
 *                       its other pairs matched (1 = every pair makes a document match, as in research.md)
 * @param straddling     the weight of a query's pairs that straddle the edge of a word of the synonyms file
 * @param fallbackBelow  single characters are added to the query when fewer documents than this match its pairs
 * @param others         the factor on the score of cases, methods, procedures and lists, so that an item (what
 *                       business owners look for) comes before a case telling the same story
 */
public record Ranking(String name, float title, float keywords, float text, float context, float synonyms,
                      float citation, float law, float commonShare, float straddling, int fallbackBelow, float unigrams, float others) {

    public static final Ranking RESEARCH = new Ranking("research", 1f, 1f, 1f, 1f, 0.5f, 8f, 0f, 1f, 1f, 3, 1f, 1f);
    public static final Ranking DEFAULT = new Ranking("default", 2f, 1.5f, 1f, 0.5f, 0.5f, 8f, 2f, 0.2f, 0.3f, 3, 0.5f, 0.7f);
}
