package id.perpustakaan.jembatan.app.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTextTest {

    @Test
    void aGeneratedTokenReadsBackAndMatchesOnlyItsOwnHash() {
        TokenText token = TokenText.generate();

        assertThat(TokenText.parse(token.text())).contains(token);
        assertThat(token.matches(token.secretSha256())).isTrue();
        assertThat(token.matches(TokenText.generate().secretSha256())).isFalse();
        assertThat(token.matches("not hex")).isFalse();
    }

    @Test
    void aSecretMayHoldUnderscoresWithoutConfusingItsId() {
        TokenText token = new TokenText("0123456789abcdef", "_".repeat(43));
        assertThat(TokenText.parse(token.text())).contains(token);
    }

    @Test
    void onlyTheWholeFormIsAToken() {
        String text = TokenText.generate().text();
        assertThat(TokenText.parse(text.substring(0, text.length() - 1))).isEmpty();
        assertThat(TokenText.parse(text + "x")).isEmpty();
        assertThat(TokenText.parse("Basic YWRtaW46c2VjcmV0")).isEmpty();
        assertThat(TokenText.parse(" " + text + " ")).isPresent();
    }

    @Test
    void itsTextInALogHidesTheSecret() {
        TokenText token = TokenText.generate();
        assertThat(token.toString()).doesNotContain(token.secret()).startsWith("jbt_" + token.tokenId());
    }
}
