package id.perpustakaan.jembatan.connectors.smb;

import com.hierynomus.mserref.NtStatus;
import com.hierynomus.mssmb2.SMBApiException;
import id.perpustakaan.jembatan.model.PrintableText;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * What a failure to read an agency's share means, said to a librarian: which server, share, folder or account,
 * what the server answered, and what to do.
 */
public final class ShareReasons {

    private ShareReasons() {
    }

    /** Why a run could not list the folder of {@code address} as {@code login}. */
    public static String of(Throwable failure, ShareAddress address, ShareLogin login) {
        return of(failure, address, login, false);
    }

    /**
     * Why a run could not list the folder of {@code address} as {@code login}.
     *
     * @param mirrored the folder is a mirror, only read: the account need not change anything in it
     */
    public static String of(Throwable failure, ShareAddress address, ShareLogin login, boolean mirrored) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ShareLogin.PasswordUnreadable) {
                return PrintableText.of(cause.getMessage()) + ": write the password of " + login.account()
                        + " in it, readable by the user Jembatan runs as";
            }
            if (cause instanceof SMBApiException refused) {
                return refused(refused.getStatus(), address, login, mirrored);
            }
            if (cause instanceof UnknownHostException) {
                return "the file server '" + address.host() + "' is not known here (UnknownHostException): check the"
                        + " server's name in url, or give its IP address";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return "cannot reach the file server " + address.host() + ":" + address.port() + " ("
                        + PrintableText.of(cause.toString()) + "): check url, that the server is on, and that its"
                        + " firewall lets this machine in on port " + address.port();
            }
        }
        return "cannot read " + address + " as " + login.account() + " (" + PrintableText.of(failure.toString())
                + "): check url and that the server speaks SMB 2 or 3 (SMB1 is not used)";
    }

    private static String refused(NtStatus status, ShareAddress address, ShareLogin login, boolean mirrored) {
        String answer = " (" + status.name() + ")";
        return switch (status) {
            case STATUS_LOGON_FAILURE -> "the file server " + address.host() + " refused the sign-in of user '"
                    + login.account() + "'" + answer + ": check username and domain, and the password in "
                    + login.passwordFile();
            case STATUS_ACCOUNT_DISABLED, STATUS_PASSWORD_EXPIRED -> "the account '" + login.account()
                    + "' cannot sign in on " + address.host() + answer + ": ask the agency's administrator to enable"
                    + " it or renew its password, and write the new password in " + login.passwordFile();
            case STATUS_BAD_NETWORK_NAME -> "there is no share '" + address.share() + "' on " + address.host()
                    + answer + ": check the share's name in url";
            case STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND, STATUS_NOT_A_DIRECTORY ->
                    "there is no folder '" + address.folder().replace('\\', '/') + "' on the share '"
                            + address.share() + "' of " + address.host() + answer
                            + ": check the folder in url, or ask the agency to create it";
            case STATUS_ACCESS_DENIED -> "user '" + login.account() + "' may not open " + address + answer
                    + (mirrored ? ": ask the agency to let it read the folder and all of its subfolders"
                    : ": ask the agency to let it read the folder and change the files in it (they are moved to"
                            + " .done and .failed)");
            default -> "the file server " + address.host() + " refused to show " + address + " to user '"
                    + login.account() + "'" + answer + ": ask the agency's administrator what this means";
        };
    }
}
