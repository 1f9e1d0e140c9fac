package cn.rxzf.portal.comments;

import cn.rxzf.portal.web.FieldError;

import java.util.List;

/**
 * The outcome of a submission: accepted with a tracking number, or refused with an HTTP status and the errors to
 * show (each tied to a form field, or to no field for the whole form).
 */
public record SubmitResult(String trackingNo, int status, List<FieldError> errors) {
    static SubmitResult accepted(String trackingNo) {
        return new SubmitResult(trackingNo, 303, List.of());
    }

    static SubmitResult refused(int status, List<FieldError> errors) {
        return new SubmitResult(null, status, List.copyOf(errors));
    }

    static SubmitResult refused(int status, String field, String message) {
        return refused(status, List.of(new FieldError(field, message)));
    }

    public boolean accepted() {
        return trackingNo != null;
    }
}
