package cn.rxzf.portal.comments;

import java.time.LocalDate;

/**
 * A comment ready to be stored: checked and cleaned, its duplicate hash computed, name and contact already encrypted
 * (null when not given). {@code day} is the day its tracking number is dated.
 */
record NewComment(String draftId, String department, String body, byte[] bodyHash, byte[] encryptedName,
                  byte[] encryptedContact, LocalDate day) {}
