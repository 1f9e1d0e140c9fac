package cn.rxzf.portal.importer;

/** What an imported file may hold at most; beyond these it is refused before it is read into memory. */
final class Limits {
    private Limits() {}

    /** Bytes of the file itself. */
    static final long FILE_BYTES = 50L * 1024 * 1024;
    /** Bytes of all parts of an .xlsx/.docx package together, once decompressed (counted while inflating). */
    static final long UNZIPPED_BYTES = 100L * 1024 * 1024;
    /** Parts in a package. */
    static final int ZIP_ENTRIES = 10_000;
    /** Rows of a sheet, table or CSV file (a list has tens to hundreds of items). */
    static final int ROWS = 100_000;
    /** Columns of a row. */
    static final int COLUMNS = 500;
    /** Cells of all tables of a file together, merged cells counted in every cell they cover. */
    static final long CELLS = 2_000_000;
    /** Characters of one cell. */
    static final int CELL_CHARS = 32_767;
    /**
     * Distinct texts of a workbook's shared-strings table (a 1,000-item list has about 10,000); each is held in memory
     * while the sheets are read, so a table of millions of tiny strings is refused while it is read.
     */
    static final int SHARED_STRINGS = 200_000;
    /** Rows searched for the header from the top of a table. */
    static final int HEADER_SCAN = 20;
}
