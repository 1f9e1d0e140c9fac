package cn.rxzf.portal.app;

import cn.rxzf.portal.web.RateLimiter;

import cn.rxzf.portal.commitments.CommitmentStore;
import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.questionnaires.QuestionnaireStore;
import cn.rxzf.portal.questionnaires.TextRetention;
import cn.rxzf.portal.creditrepair.CreditService;
import cn.rxzf.portal.creditrepair.RepairStore;
import cn.rxzf.portal.visits.VisitStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what the service must not keep: credit-repair applications, 告知承诺 and 回访 answers past the retention
 * period (with their files, contact details, names, facts and free text), questionnaires' free-text answers past
 * theirs ({@link TextRetention}: the published ones kept unlinked), unfinished applications past their
 * lifetime ({@link CreditService#DRAFT_LIFETIME}, so with a run every hour nothing of an abandoned draft outlives
 * 24 hours), expired sessions and old rate-limit windows. Idempotent, so every instance may run it; {@code serve}
 * runs it at start and every hour.
 */
public final class Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration EVERY = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration retention;
    /** The content's questionnaires as they are now (their close dates). */
    private final Supplier<Collection<Questionnaire>> questionnaires;

    public Housekeeping(Jdbi jdbi, Clock clock, Duration retention, Supplier<Collection<Questionnaire>> questionnaires) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.retention = retention;
        this.questionnaires = questionnaires;
    }

    /** One pass; returns the number of credit-repair applications and commitments purged. */
    public int run() {
        Instant now = clock.instant();
        int applications = new RepairStore(jdbi, null).purge(now.minus(retention), now.minus(CreditService.DRAFT_LIFETIME));
        int commitments = new CommitmentStore(jdbi, null).purge(now.minus(retention));
        new VisitStore(jdbi, null).purge(now.minus(retention));
        TextRetention.run(new QuestionnaireStore(jdbi, null), questionnaires.get(), clock);
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at < :now")
                .bind("now", java.sql.Timestamp.from(now)).execute());
        new RateLimiter(jdbi, clock).purge(Duration.ofDays(2));
        // Sign-in failures are forgotten after a day without one (review/LoginThrottle.FORGET).
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_throttle WHERE last_failure < :t")
                .bind("t", java.sql.Timestamp.from(now.minus(Duration.ofDays(1)))).execute());
        return applications + commitments;
    }

    public ScheduledExecutorService schedule() {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "housekeeping");
            t.setDaemon(true);
            return t;
        });
        s.scheduleAtFixedRate(() -> {
            try {
                int n = run();
                if (n > 0) LOG.info("housekeeping purged {} credit-repair applications and commitments", n);
            } catch (RuntimeException e) {
                LOG.warn("housekeeping failed: {}", e.toString());
            }
        }, 0, EVERY.toMinutes(), TimeUnit.MINUTES);
        return s;
    }
}
