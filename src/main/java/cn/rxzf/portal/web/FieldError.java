package cn.rxzf.portal.web;

/** A problem with one form field: the field's id (the error summary links to it) and a message for the person. */
public record FieldError(String field, String message) {}
