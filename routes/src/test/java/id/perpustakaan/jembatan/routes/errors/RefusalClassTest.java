package id.perpustakaan.jembatan.routes.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reasons the harvest writes, each counted under a fixed word; anything new under "other". */
class RefusalClassTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            empty file (0 bytes)                                                          | empty
            too large: 72 MB (jembatan.harvest.max-file-size is 50 MB)                    | too-large
            too large to publish: 9 MB document (jembatan.kafka.max-message-bytes)         | too-large
            zip bomb: ratio over 1:100 between its size and its content                   | bomb
            too many documents inside: more than 50, counting those in archives inside it | bomb
            nested too deep: documents inside documents more than 5 levels deep           | bomb
            timeout after 60 s while parsing (jembatan.harvest.parse-timeout)             | timeout
            OCR timeout: Tesseract took longer than 30 s on one page of the PDF           | timeout
            encrypted (password required)                                                 | encrypted
            unsupported: WordPerfect 4.2 (application/vnd.wordperfect)                    | unsupported
            not a document: setup.exe is a program (Windows executable)                   | not-a-document
            no text: the PDF has no text layer and OCR found no text either               | no-text
            truncated or corrupt PDF: Missing root object specification in trailer        | corrupt
            refused: 10.0.0.1 (a private address) from https://disdik.example/berita      | not-allowed
            disallowed by robots.txt of disdik.example: /arsip                            | not-allowed
            cannot connect to disdik.example at https://disdik.example/ (refused)         | unreachable
            something nobody wrote yet about https://disdik.example/x.pdf                 | other
            """)
    void countsEachReasonUnderAFixedWord(String reason, String expected) {
        assertThat(RefusalClass.of(reason)).isEqualTo(expected);
    }
}
