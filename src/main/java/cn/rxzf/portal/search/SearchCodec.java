package cn.rxzf.portal.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with uncompressed stored fields. A search reads the stored fields of the ten hits it shows,
 * and compressed, each of them costs decompressing its block up to the document: with the default (LZ4 blocks of
 * 80 KB with a preset dictionary) a third of a query's time on a 10,000-item index; with 8 KB LZ4 blocks still ~10 µs
 * a document and a tenth of the service's CPU per request. Uncompressed, a document is read where it lies (~2.5 µs);
 * the index is about half as large again (12.8 against 8.2 MB at 10,000 items). Found by name when an index is opened
 * (META-INF/services/org.apache.lucene.codecs.Codec); an index written with another codec must be written again.
 */
public final class SearchCodec extends FilterCodec {
    static final String NAME = "RxzfSearch2";
    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "RxzfSearchStoredFields2", UNCOMPRESSED, 8 * 1024, 64, 10);

    public SearchCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /** Blocks stored as they are: a document's bytes are read from its offset in the block, nothing before them. */
    private static final CompressionMode UNCOMPRESSED = new CompressionMode() {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Decompressor() {
                @Override
                public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                        throws IOException {
                    bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
                    in.skipBytes(offset);
                    in.readBytes(bytes.bytes, 0, length);
                    bytes.offset = 0;
                    bytes.length = length;
                }

                @Override
                public Decompressor clone() {
                    return this; // holds no state
                }
            };
        }

        @Override
        public String toString() {
            return "UNCOMPRESSED";
        }
    };
}
