package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.content.model.Questionnaire;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

/**
 * How long questionnaires' free-text answers are kept: their purpose is moderation (due by the close) and the
 * published results, so {@link #AFTER_CLOSE} after a questionnaire has closed its texts are taken out of the answers.
 * A text not published (rejected, never decided, or an answer to a personal-data question) is deleted with any
 * rejection reason; an approved one is kept as published text, with nothing linking it to a submission. The results
 * stay as they were (the counts keep the deleted texts, without their words). The texts of a questionnaire no longer
 * in the content go {@link #AFTER_CLOSE} after they were received. Run by the housekeeping job.
 */
public final class TextRetention {
    /** Free texts are kept this long after the questionnaire's close date (the last day it took answers). */
    public static final Period AFTER_CLOSE = Period.ofDays(30);

    private TextRetention() {
    }

    /** One pass over the questionnaires of the content; returns the number of texts taken out of the answers. */
    public static int run(QuestionnaireStore store, Collection<Questionnaire> questionnaires, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<String> past = questionnaires.stream().filter(q -> today.isAfter(q.closes().plus(AFTER_CLOSE)))
                .map(Questionnaire::id).toList();
        List<String> known = questionnaires.stream().map(Questionnaire::id).toList();
        return store.retainTexts(past, known, clock.instant().minus(java.time.Duration.ofDays(AFTER_CLOSE.getDays())));
    }
}
