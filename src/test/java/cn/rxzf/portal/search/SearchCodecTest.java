package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored fields written uncompressed read back as written: small documents sharing a block, and one over several. */
class SearchCodecTest {
    @TempDir
    Path dir;

    @Test
    void stored_fields_read_back_as_written() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) texts.add("第" + i + "条：" + "适用条件：首次发现，及时改正。".repeat(i % 7 + 1));
        texts.add(100, "很长的正文。".repeat(10_000)); // 180 KB: written in slices of a block each
        try (Directory d = FSDirectory.open(dir)) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setCodec(new SearchCodec()))) {
                for (String t : texts) {
                    Document doc = new Document();
                    doc.add(new StoredField("text", t));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                StoredFields stored = r.storedFields();
                for (int i = texts.size() - 1; i >= 0; i -= 3) assertEquals(texts.get(i), stored.document(i).get("text"));
                for (int i = 0; i < texts.size(); i++) assertEquals(texts.get(i), stored.document(i).get("text"));
            }
        }
    }
}
