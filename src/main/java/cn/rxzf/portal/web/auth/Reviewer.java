package cn.rxzf.portal.web.auth;

/** A signed-in reviewer. {@code department} is a department code, or {@code *} for a site administrator. */
public record Reviewer(long id, String username, String department, String role) {
    public static final String ALL = "*";

    public boolean isAdmin() {
        return role.equals("admin");
    }

    /** Least privilege: a reviewer sees one department; only an administrator sees all and the site-wide pages. */
    public boolean mayHandle(String owningDepartment) {
        return isAdmin() || department.equals(owningDepartment);
    }
}
