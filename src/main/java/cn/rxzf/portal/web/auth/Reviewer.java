package cn.rxzf.portal.web.auth;

/**
 * A signed-in reviewer. {@code department} is a department code, or {@code *} for a site administrator;
 * {@code secondFactor} whether a TOTP second factor is enrolled (required of administrators).
 */
public record Reviewer(long id, String username, String department, String role, boolean secondFactor) {
    public static final String ALL = "*";
    /** The form of a login name (as the {@code reviewers} table checks it). */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    /**
     * Whether a text has the form of a login name. Login names are for signing in only: what the public reads (an
     * officer named to a party) must never be one.
     */
    public static boolean looksLikeUsername(String text) {
        return text != null && USERNAME.matcher(text.strip()).matches();
    }

    public boolean isAdmin() {
        return role.equals("admin");
    }

    /**
     * A supervisor (督查) of a department: a reviewer who also sees the complaints and 廉洁自律 reports of its 回访,
     * which ordinary reviewers (the officers named) never see.
     */
    public boolean isSupervisor() {
        return role.equals("supervisor");
    }

    /** An administrator without a second factor may only enrol one. */
    public boolean mustEnrolSecondFactor() {
        return isAdmin() && !secondFactor;
    }

    /** Least privilege: a reviewer sees one department; only an administrator sees all and the site-wide pages. */
    public boolean mayHandle(String owningDepartment) {
        return isAdmin() || department.equals(owningDepartment);
    }
}
