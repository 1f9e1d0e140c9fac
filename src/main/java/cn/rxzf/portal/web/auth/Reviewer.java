package cn.rxzf.portal.web.auth;

/**
 * A signed-in reviewer. {@code department} is a department code, or {@code *} for a site administrator;
 * {@code secondFactor} whether a TOTP second factor is enrolled (required of administrators).
 */
public record Reviewer(long id, String username, String department, String role, boolean secondFactor) {
    public static final String ALL = "*";

    public boolean isAdmin() {
        return role.equals("admin");
    }

    /** Least privilege: a reviewer sees one department; only an administrator sees all and the site-wide pages. */
    /** An administrator without a second factor may only enrol one. */
    public boolean mustEnrolSecondFactor() {
        return isAdmin() && !secondFactor;
    }

    public boolean mayHandle(String owningDepartment) {
        return isAdmin() || department.equals(owningDepartment);
    }
}
