/**
 * Import of a department's existing list — an Excel sheet, a Word table or a CSV file — into one list file in the
 * content format: the file is checked for hostile content first ({@link cn.rxzf.portal.importer.FileGuard}), read into
 * plain rows of text ({@code *Reader}), its table found and its columns mapped ({@link
 * cn.rxzf.portal.importer.TableLayout}, {@link cn.rxzf.portal.importer.Columns}), and the items written with a
 * {@code # TODO} for whatever the file did not say ({@link cn.rxzf.portal.importer.ListFileWriter}). Every problem
 * names the file, sheet or table, row and column.
 */
package cn.rxzf.portal.importer;
