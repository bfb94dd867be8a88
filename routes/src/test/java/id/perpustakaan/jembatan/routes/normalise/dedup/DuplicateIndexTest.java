package id.perpustakaan.jembatan.routes.normalise.dedup;

import static id.perpustakaan.jembatan.routes.normalise.dedup.Announcements.OTHER_PROGRAMME;
import static id.perpustakaan.jembatan.routes.normalise.dedup.Announcements.SCHOLARSHIP_ORIGINAL;
import static id.perpustakaan.jembatan.routes.normalise.dedup.Announcements.SCHOLARSHIP_REPOST;
import static id.perpustakaan.jembatan.routes.normalise.dedup.Announcements.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateIndexTest {

    private final DuplicateIndex index = new DuplicateIndex();

    @Test
    void findsTheSameTextWithOtherWhitespaceCaseAndPunctuationAsAnExactDuplicate() {
        index.add("disdik/beasiswa.pdf", Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)));
        String sameWordsReflowed = text(SCHOLARSHIP_ORIGINAL).toUpperCase().replace("\n", "  ").replace(",", " ;");

        assertThat(index.find(Fingerprints.of(sameWordsReflowed)))
                .contains(new DuplicateMatch("disdik/beasiswa.pdf", 1.0, true));
    }

    @Test
    void mergesTheAnnouncementRepostedWithAnotherAgencysHeaderSourceLineSignatureAndFooter() {
        index.add("disdik/beasiswa-prestasi-2025.pdf", Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)));

        Optional<DuplicateMatch> match = index.find(Fingerprints.of(text(SCHOLARSHIP_REPOST)));

        System.out.printf("re-post vs original: estimated %.3f (true shingle Jaccard %.3f), threshold %.2f%n",
                match.map(DuplicateMatch::similarity).orElse(Double.NaN),
                Announcements.shingleJaccard(text(SCHOLARSHIP_ORIGINAL), text(SCHOLARSHIP_REPOST)),
                index.nearDuplicateThreshold());
        assertThat(match).hasValueSatisfying(found -> {
            assertThat(found.documentId()).isEqualTo("disdik/beasiswa-prestasi-2025.pdf");
            assertThat(found.exact()).isFalse();
            assertThat(found.similarity()).isGreaterThanOrEqualTo(index.nearDuplicateThreshold());
        });
    }

    @Test
    void keepsTheSameTemplateFilledInForAnotherProgrammeAndYearSeparate() {
        Fingerprint original = Fingerprints.of(text(SCHOLARSHIP_ORIGINAL));
        Fingerprint otherProgramme = Fingerprints.of(text(OTHER_PROGRAMME));
        index.add("disdik/beasiswa-prestasi-2025.pdf", original);

        System.out.printf("other programme vs original: estimated %.3f (true shingle Jaccard %.3f), threshold %.2f%n",
                otherProgramme.similarity(original),
                Announcements.shingleJaccard(text(SCHOLARSHIP_ORIGINAL), text(OTHER_PROGRAMME)),
                index.nearDuplicateThreshold());
        assertThat(otherProgramme.similarity(original)).isLessThan(index.nearDuplicateThreshold());
        assertThat(index.find(otherProgramme)).isEmpty();
    }

    @Test
    void prefersTheRepostOverTheOtherProgrammeWhenBothAreIndexed() {
        index.add("disdik/beasiswa-afirmasi-2026.pdf", Fingerprints.of(text(OTHER_PROGRAMME)));
        index.add("portal/beasiswa-prestasi-2025.html", Fingerprints.of(text(SCHOLARSHIP_REPOST)));

        assertThat(index.find(Fingerprints.of(text(SCHOLARSHIP_ORIGINAL))))
                .map(DuplicateMatch::documentId)
                .contains("portal/beasiswa-prestasi-2025.html");
    }

    @Test
    void prefersAnExactDuplicateOverANearOneAndTheFirstIndexedAmongEquals() {
        Fingerprint original = Fingerprints.of(text(SCHOLARSHIP_ORIGINAL));
        index.add("portal/repost.html", Fingerprints.of(text(SCHOLARSHIP_REPOST)));
        index.add("disdik/first.pdf", original);
        index.add("dprd/second-copy.pdf", original);

        assertThat(index.find(original)).contains(new DuplicateMatch("disdik/first.pdf", 1.0, true));
    }

    @Test
    void aDocumentIsNotItsOwnDuplicateWhenItsIdIsExcluded() {
        Fingerprint original = Fingerprints.of(text(SCHOLARSHIP_ORIGINAL));
        index.add("disdik/beasiswa.pdf", original);

        assertThat(index.find(original, "disdik/beasiswa.pdf")).isEmpty();
        assertThat(index.find(original, "some/other-id"))
                .map(DuplicateMatch::documentId).contains("disdik/beasiswa.pdf");
    }

    @Test
    void excludingADocumentStillFindsANearDuplicateOfIt() {
        Fingerprint original = Fingerprints.of(text(SCHOLARSHIP_ORIGINAL));
        index.add("disdik/beasiswa.pdf", original);
        index.add("portal/beasiswa.html", Fingerprints.of(text(SCHOLARSHIP_REPOST)));

        assertThat(index.find(original, "disdik/beasiswa.pdf"))
                .hasValueSatisfying(match -> assertThat(match.documentId()).isEqualTo("portal/beasiswa.html"));
    }

    @Test
    void aNewRevisionReplacesTheFingerprintOfTheSameDocument() {
        index.add("disdik/pengumuman.pdf", Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)));
        index.add("disdik/pengumuman.pdf", Fingerprints.of(text(OTHER_PROGRAMME)));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.find(Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)))).isEmpty();
        assertThat(index.find(Fingerprints.of(text(OTHER_PROGRAMME)))).map(DuplicateMatch::documentId)
                .contains("disdik/pengumuman.pdf");
    }

    @Test
    void aRemovedDocumentIsFoundNeitherExactlyNorNearly() {
        index.add("disdik/beasiswa.pdf", Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)));

        index.remove("disdik/beasiswa.pdf");

        assertThat(index.size()).isZero();
        assertThat(index.find(Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)))).isEmpty();
        assertThat(index.find(Fingerprints.of(text(SCHOLARSHIP_REPOST)))).isEmpty();
    }

    @Test
    void removingOneOfTwoSimilarDocumentsKeepsTheOtherFindable() {
        index.add("disdik/beasiswa.pdf", Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)));
        index.add("portal/beasiswa.html", Fingerprints.of(text(SCHOLARSHIP_REPOST)));

        index.remove("portal/beasiswa.html");

        assertThat(index.find(Fingerprints.of(text(SCHOLARSHIP_REPOST))))
                .map(DuplicateMatch::documentId).contains("disdik/beasiswa.pdf");
        index.remove("disdik/beasiswa.pdf");
        assertThat(index.find(Fingerprints.of(text(SCHOLARSHIP_REPOST)))).isEmpty();
    }

    @Test
    void removingAnUnknownDocumentChangesNothing() {
        index.add("disdik/beasiswa.pdf", Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)));

        index.remove("never/indexed.pdf");

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.find(Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)))).isPresent();
    }

    @Test
    void shortTextsMatchWhenTheirWordsAreTheSameAndOnlyThen() {
        index.add("rapat-ditunda.txt", Fingerprints.of("Rapat ditunda."));

        assertThat(index.find(Fingerprints.of("RAPAT  DITUNDA!")))
                .contains(new DuplicateMatch("rapat-ditunda.txt", 1.0, true));
        assertThat(index.find(Fingerprints.of("Rapat dibatalkan."))).isEmpty();
        assertThat(index.find(Fingerprints.of("Rapat ditunda sampai Senin."))).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  \n ", "— • —"})
    void textsWithoutWordsNeverMatchEvenEachOther(String empty) {
        index.add("scan-without-text-layer.pdf", Fingerprints.of(""));

        assertThat(index.find(Fingerprints.of(empty))).isEmpty();
        assertThat(index.size()).isEqualTo(1);

        index.remove("scan-without-text-layer.pdf");
        assertThat(index.size()).isZero();
    }

    @Test
    void theOftenQuotedThresholdOf08WouldLeaveTheRepostUnmerged() {
        DuplicateIndex strict = new DuplicateIndex(0.8);
        strict.add("disdik/beasiswa.pdf", Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)));

        assertThat(strict.find(Fingerprints.of(text(SCHOLARSHIP_REPOST)))).isEmpty();
        assertThat(strict.find(Fingerprints.of(text(SCHOLARSHIP_ORIGINAL)))).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0.0, -0.1, 1.01, Double.NaN})
    void rejectsAThresholdOutsideZeroToOne(double threshold) {
        assertThatThrownBy(() -> new DuplicateIndex(threshold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold must be above 0 and at most 1");
    }

    @Test
    void rejectsAFingerprintOfAnotherSchemeNamingTheDocument() {
        Fingerprint foreign = new Fingerprint("abc", new long[64]);

        assertThatThrownBy(() -> index.add("old/fingerprint.pdf", foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'old/fingerprint.pdf'")
                .hasMessageContaining("64 hash values");
    }

    @Test
    void concurrentAddsAndLookupsLoseNothing() throws Exception {
        String original = text(SCHOLARSHIP_ORIGINAL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "copy-" + i;
                String variant = original + "\nDiunggah ulang oleh agensi " + i;
                work.add(pool.submit(() -> index.add(id, Fingerprints.of(variant))));
                work.add(pool.submit(() -> index.find(Fingerprints.of(original))));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(index.size()).isEqualTo(200);
        assertThat(index.find(Fingerprints.of(original + "\nDiunggah ulang oleh agensi 7"), "copy-7"))
                .hasValueSatisfying(match -> assertThat(match.documentId()).startsWith("copy-"));
    }
}
