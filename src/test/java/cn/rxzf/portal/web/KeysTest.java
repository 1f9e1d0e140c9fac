package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Attachments sealed with the key of personal data: opened only with that key and only unchanged. */
class KeysTest {
    @Test
    void sealed_bytes_open_with_the_same_key_only_and_only_unchanged() {
        Keys keys = Keys.random();
        byte[] scan = FileTypesTest.pdf(50_000);
        byte[] sealed = keys.encrypt(scan);
        assertEquals(scan.length + 28, sealed.length, "IV, ciphertext, tag");
        assertArrayEquals(scan, keys.decryptBytes(sealed));
        assertThrows(IllegalStateException.class, () -> Keys.random().decryptBytes(sealed), "another key");
        sealed[100] ^= 1;
        assertThrows(IllegalStateException.class, () -> keys.decryptBytes(sealed), "a changed byte");
    }
}
