package cn.rxzf.portal.content;

/** A pointer from one content file to another (an item, method, form, list or draft), with where it was written. */
record Reference(Kind kind, String id, String path, int line) {
    enum Kind { ITEM, METHOD, FORM, SUPERSEDED_LIST, CONSULTED_LIST, DRAFT }
}
