package id.perpustakaan.jembatan.routes.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions.Seen;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One mirrored folder looked at again and again, as the harvest memory and this instance's memory know it. */
class MirrorMemoryTest {

    private static final String SOURCE = "disdik-mirror";
    private static final Instant T1 = Instant.parse("2026-11-02T03:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-03T03:00:00Z");

    private final MirrorMemory memory = new MirrorMemory();
    private final Map<String, Seen> known = new HashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final AtomicInteger hashed = new AtomicInteger();
    private final Function<MirrorEntry, Optional<String>> hasher = entry -> {
        hashed.incrementAndGet();
        return Optional.ofNullable(hashes.get(entry.locator()));
    };

    @Test
    void aNewFileIsTakenOnceTwoLooksSawItTheSameAndNotAgainOnceHandled() {
        MirrorEntry file = new MirrorEntry("pengumuman.pdf", 1200, T1);

        assertThat(look(file).takes()).as("first sight: it may still be written").isEmpty();
        MirrorPlan second = look(file);
        assertThat(second.takes()).containsExactly(new MirrorPlan.Take(file, null));

        memory.handled(SOURCE, file);
        assertThat(look(file).takes()).isEmpty();
    }

    @Test
    void aFileStillGrowingIsNotTakenButItsDocumentIsNotGoneEither() {
        harvested("doc-1", DocumentKind.ANNOUNCEMENT, "laporan.pdf", 1000, T1, "aaa");

        look(new MirrorEntry("laporan.pdf", 1500, T2));
        MirrorPlan plan = look(new MirrorEntry("laporan.pdf", 1900, T2.plusSeconds(1)));

        assertThat(plan.takes()).isEmpty();
        assertThat(plan.removals()).isEmpty();
    }

    @Test
    void afterAStartAFileUnchangedSinceItsHarvestIsNotReadAgainAndAChangedOneIs() {
        harvested("doc-1", DocumentKind.ANNOUNCEMENT, "sama.pdf", 1000, T1, "aaa");
        harvested("doc-2", DocumentKind.ANNOUNCEMENT, "berubah.pdf", 1000, T1, "bbb");
        MirrorEntry same = new MirrorEntry("sama.pdf", 1000, T1);
        MirrorEntry changed = new MirrorEntry("berubah.pdf", 1000, T2);

        look(same, changed);
        MirrorPlan plan = look(same, changed);

        assertThat(plan.takes()).containsExactly(new MirrorPlan.Take(changed, null));
        assertThat(plan.settled()).containsExactly(same);
        assertThat(look(same, changed).settled()).as("remembered as handled").isEmpty();
    }

    @Test
    void aRemovedFileIsWithdrawnAndARemovedRegulationIsAskedToBe() {
        harvested("doc-1", DocumentKind.ANNOUNCEMENT, "tetap.pdf", 1000, T1, "aaa");
        harvested("doc-2", DocumentKind.ANNOUNCEMENT, "hilang.pdf", 2000, T1, "bbb");
        harvested("doc-3", DocumentKind.REGULATION, "perwako-12-2024.pdf", 3000, T1, "ccc");
        harvested("doc-4", DocumentKind.ANNOUNCEMENT, "lain.pdf", 4000, T1, "ddd");

        MirrorPlan plan = look(new MirrorEntry("tetap.pdf", 1000, T1), new MirrorEntry("lain.pdf", 4000, T1));

        assertThat(plan.removals()).extracting(Removal::documentId, Removal::locator, Removal::regulation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doc-2", "hilang.pdf", false),
                        org.assertj.core.groups.Tuple.tuple("doc-3", "perwako-12-2024.pdf", true));
        assertThat(plan.removals().get(0).reason()).isEqualTo("removed at the source: hilang.pdf");
        assertThat(plan.held()).isEmpty();
        assertThat(hashed).as("nothing new to compare").hasValue(0);
    }

    @Test
    void aMovedFileKeepsItsDocumentAndOnlyFilesOfAGoneDocumentsSizeAreHashed() {
        harvested("doc-1", DocumentKind.ANNOUNCEMENT, "lama/jadwal.pdf", 1000, T1, "aaa");
        MirrorEntry moved = new MirrorEntry("2026/jadwal-posyandu.pdf", 1000, T2);
        MirrorEntry other = new MirrorEntry("2026/lain.pdf", 777, T2);
        hashes.put(moved.locator(), "aaa");

        look(moved, other);
        MirrorPlan plan = look(moved, other);

        assertThat(plan.takes()).containsExactly(new MirrorPlan.Take(moved, "lama/jadwal.pdf"),
                new MirrorPlan.Take(other, null));
        assertThat(plan.removals()).isEmpty();
        assertThat(hashed).as("the moved file once, the other never").hasValue(1);
    }

    @Test
    void aFileOfTheSameSizeButOtherBytesIsNewAndTheGoneDocumentIsWithdrawn() {
        harvested("doc-1", DocumentKind.ANNOUNCEMENT, "a.pdf", 1000, T1, "aaa");
        harvested("doc-2", DocumentKind.ANNOUNCEMENT, "b.pdf", 5000, T1, "bbb");
        harvested("doc-3", DocumentKind.ANNOUNCEMENT, "c.pdf", 6000, T1, "ccc");
        MirrorEntry newcomer = new MirrorEntry("d.pdf", 1000, T2);
        hashes.put("d.pdf", "zzz");
        List<MirrorEntry> listed = List.of(newcomer, new MirrorEntry("b.pdf", 5000, T1),
                new MirrorEntry("c.pdf", 6000, T1));

        look(listed.toArray(MirrorEntry[]::new));
        MirrorPlan plan = look(listed.toArray(MirrorEntry[]::new));

        assertThat(plan.takes()).containsExactly(new MirrorPlan.Take(newcomer, null));
        assertThat(plan.removals()).extracting(Removal::documentId).containsExactly("doc-1");
    }

    @Test
    void removingMoreThanTheAllowedShareAtOnceWithdrawsNothingAndSaysWhy() {
        for (int i = 0; i < 10; i++) {
            harvested("doc-" + i, DocumentKind.ANNOUNCEMENT, "f" + i + ".pdf", 100 + i, T1, "h" + i);
        }

        MirrorPlan plan = look(new MirrorEntry("f0.pdf", 100, T1), new MirrorEntry("f1.pdf", 101, T1),
                new MirrorEntry("f2.pdf", 102, T1), new MirrorEntry("f3.pdf", 103, T1));

        assertThat(plan.removals()).isEmpty();
        assertThat(plan.held()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("6 of the 10 documents of this source are gone from its folder at once, more than 50%")
                .contains("mirror-max-withdrawal-percent"));
    }

    @Test
    void aDocumentAlsoSeenInAnotherSourceIsNotWithdrawnWhenItsFileLeavesThisOne() {
        Seen shared = new Seen("doc-1", 1, "hash", List.of(place(SOURCE, "salinan.pdf"), place("dinsos-inbox",
                "salinan.pdf")), null, T1, DocumentKind.ANNOUNCEMENT, "aaa", 1000);
        known.put("salinan.pdf", shared);

        assertThat(look().removals()).isEmpty();
    }

    private MirrorPlan look(MirrorEntry... listed) {
        return memory.look(SOURCE, List.of(listed), known, hasher, 500, 50);
    }

    private void harvested(String id, DocumentKind kind, String locator, long size, Instant modified, String sha) {
        known.put(locator, new Seen(id, 7, "content-" + id, List.of(place(SOURCE, locator)), null, modified, kind,
                sha, size));
    }

    private static SourceRef place(String sourceId, String locator) {
        return new SourceRef(sourceId, locator, null, new Agency("disdik", "Dinas Pendidikan"));
    }
}
