package id.perpustakaan.jembatan.connectors.smb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShareAddressTest {

    @Test
    void readsServerShareAndFolder() {
        ShareAddress address = ShareAddress.parse("smb://fileserver.dinsos.local/outbox/pengumuman/2025");

        assertThat(address).isEqualTo(new ShareAddress("fileserver.dinsos.local", 445, "outbox",
                "pengumuman\\2025"));
        assertThat(address.path(".done", "jadwal.pdf")).isEqualTo("pengumuman\\2025\\.done\\jadwal.pdf");
        assertThat(address).hasToString("smb://fileserver.dinsos.local/outbox/pengumuman/2025");
    }

    @Test
    void takesAPortAFolderWithSpacesAndTheShareRoot() {
        assertThat(ShareAddress.parse("SMB://10.1.2.3:1445/Data Umum/Pengumuman Dinas/"))
                .isEqualTo(new ShareAddress("10.1.2.3", 1445, "Data Umum", "Pengumuman Dinas"));
        ShareAddress root = ShareAddress.parse("smb://fileserver/outbox");
        assertThat(root.folder()).isEmpty();
        assertThat(root.path(".failed", "a.pdf.reason")).isEqualTo(".failed\\a.pdf.reason");
        assertThat(root).hasToString("smb://fileserver/outbox");
    }

    @Test
    void readsAUncPathAsWindowsUsersCopyIt() {
        assertThat(ShareAddress.parse("\\\\fileserver.dinsos.local\\outbox\\pengumuman"))
                .isEqualTo(new ShareAddress("fileserver.dinsos.local", 445, "outbox", "pengumuman"));
    }

    @Test
    void saysWhatIsWrongWithAnAddress() {
        assertThatThrownBy(() -> ShareAddress.parse("https://fileserver/outbox"))
                .hasMessage("'https://fileserver/outbox' is not an smb:// address");
        assertThatThrownBy(() -> ShareAddress.parse("smb://fileserver"))
                .hasMessage("'smb://fileserver' names no share");
        assertThatThrownBy(() -> ShareAddress.parse("smb://arsip:rahasia@fileserver/outbox"))
                .hasMessageContaining("carries a user name or password");
        assertThatThrownBy(() -> ShareAddress.parse("smb://fileserver:99999/outbox"))
                .hasMessageContaining("no valid port");
        assertThatThrownBy(() -> ShareAddress.parse("smb://fileserver/outbox/../admin"))
                .hasMessageContaining("'.' or '..'");
        assertThatThrownBy(() -> ShareAddress.parse(" ")).hasMessage("is missing");
    }
}
