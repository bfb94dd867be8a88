package id.perpustakaan.jembatan.connectors.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.JSchException;
import java.net.ConnectException;
import java.nio.file.Path;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.junit.jupiter.api.Test;

/**
 * What a librarian reads when an outbox cannot be read at all, from what Camel and JSch threw (host keys refused:
 * {@code SftpRouteTest}, against a real server, as JSch makes those exceptions itself).
 */
class ConnectionRefusalTest {

    private static final SftpAddress ADDRESS = new SftpAddress("files.dinsos.example", 2222, "outbox");
    private static final Path KNOWN_HOSTS = Path.of("/etc/jembatan/dinsos_known_hosts");

    private static String reason(Throwable cause) {
        return ConnectionRefusal.reason(new GenericFileOperationFailedException(
                "Cannot connect to sftp://dinsos@files.dinsos.example:2222", cause), ADDRESS, "dinsos", KNOWN_HOSTS);
    }

    @Test
    void refusedCredentialsNameTheOptionsToCheck() {
        assertThat(reason(new JSchException("Auth fail for methods 'publickey,password'")))
                .isEqualTo("the SFTP server files.dinsos.example:2222 refused user 'dinsos' with the password or key"
                        + " given: check options.username, password-file and private-key-file with the agency");
    }

    @Test
    void aServerAwayIsTriedAgain() {
        assertThat(reason(new JSchException("java.net.ConnectException: Connection refused",
                new ConnectException("Connection refused"))))
                .startsWith("the SFTP server files.dinsos.example:2222 cannot be reached (")
                .contains("tried again at the next poll");
    }
}
