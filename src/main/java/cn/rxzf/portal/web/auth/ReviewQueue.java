package cn.rxzf.portal.web.auth;

import java.time.LocalDate;

/**
 * A queue of work on the reviewers' start page, from a feature the review package does not know (credit repair):
 * its name, where it is, how much waits in it for this reviewer and the nearest deadline.
 */
public interface ReviewQueue {
    /** {@code nearestDue} is null when nothing waiting has a deadline. */
    record Summary(String name, String href, int waiting, LocalDate nearestDue) {
        public boolean overdue(LocalDate today) {
            return nearestDue != null && today.isAfter(nearestDue);
        }
    }

    /** The queue as this reviewer sees it, or null when it is not theirs (a supervisors' queue for an officer). */
    Summary summary(Reviewer reviewer);
}
