package id.perpustakaan.jembatan.connectors.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SftpAddressTest {

    @Test
    void readsServerPortAndFolderFromTheUrl() {
        assertThat(SftpAddress.parse("sftp://files.dinsos.example:2222/outbox/"))
                .isEqualTo(new SftpAddress("files.dinsos.example", 2222, "outbox"));
        assertThat(SftpAddress.parse("sftp://files.dinsos.example/kiriman/jembatan"))
                .isEqualTo(new SftpAddress("files.dinsos.example", 22, "kiriman/jembatan"));
        assertThat(SftpAddress.parse("SFTP://files.dinsos.example").directory()).isEmpty();
        assertThat(SftpAddress.parse("sftp://files.dinsos.example/~/outbox").directory()).isEqualTo("outbox");
    }

    @Test
    void namesTheServerAsKnownHostsFilesDo() {
        assertThat(SftpAddress.parse("sftp://files.dinsos.example/outbox").knownHostsName())
                .isEqualTo("files.dinsos.example");
        assertThat(SftpAddress.parse("sftp://127.0.0.1:2222/outbox").knownHostsName()).isEqualTo("[127.0.0.1]:2222");
    }

    @Test
    void refusesAddressesThatAreNotAnOutbox() {
        assertThatThrownBy(() -> SftpAddress.parse("https://files.dinsos.example/outbox"))
                .hasMessage("'https://files.dinsos.example/outbox' is not an sftp:// address");
        assertThatThrownBy(() -> SftpAddress.parse(" ")).hasMessage("is missing");
        assertThatThrownBy(() -> SftpAddress.parse("sftp:///outbox")).hasMessage("'sftp:///outbox' names no server");
    }

    @Test
    void refusesAUserOrPasswordInTheAddressWithoutRepeatingIt() {
        assertThatThrownBy(() -> SftpAddress.parse("sftp://dinsos:rahasia@files.dinsos.example/outbox"))
                .hasMessageContaining("options.username").hasMessageContaining("options.password-file")
                .hasMessageNotContaining("rahasia");
    }
}
