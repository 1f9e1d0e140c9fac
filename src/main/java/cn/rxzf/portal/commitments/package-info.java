/**
 * 告知承诺 (轻微违法行为告知承诺制) online: the commitment an officer issues, the party's code, the party's pages
 * ({@code /commitments/}: open with the code and the ID's last six characters, read, sign, upload evidence of
 * correction, print), and the store the officers' queue in {@code review} reads and decides through.
 */
package cn.rxzf.portal.commitments;
