package cn.rxzf.portal.db;

/** How to connect: a JDBC URL and, when not in the URL, a user and password (null: none given). */
public record Login(String url, String user, String password) {
    public static Login of(String url) {
        return new Login(url, null, null);
    }

    @Override
    public String toString() {
        return "Login[" + url + ", " + user + "]"; // never the password
    }
}
