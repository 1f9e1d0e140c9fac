package cn.rxzf.portal.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with small stored-field blocks. A search reads the stored fields of the ten hits it shows,
 * and with the default (LZ4 blocks of 80 KB with a preset dictionary) each of them costs decompressing tens of
 * kilobytes, a third of a query's time on a 10,000-item index. Blocks of 8 KB (a few documents each) cost a little
 * more disk. Found by name when an index is opened (META-INF/services/org.apache.lucene.codecs.Codec).
 */
public final class SearchCodec extends FilterCodec {
    static final String NAME = "RxzfSearch1";
    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "RxzfSearchStoredFields1", CompressionMode.FAST, 8 * 1024, 64, 10);

    public SearchCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
