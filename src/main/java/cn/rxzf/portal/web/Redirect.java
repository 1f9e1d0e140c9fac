package cn.rxzf.portal.web;

/** Thrown by a handler to send the browser elsewhere with 303 (e.g. to sign in); rendered by {@link WebApp}. */
public final class Redirect extends RuntimeException {
    public final String location;

    public Redirect(String location) {
        super(location, null, false, false);
        this.location = location;
    }
}
