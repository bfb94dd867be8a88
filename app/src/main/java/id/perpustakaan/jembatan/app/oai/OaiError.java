package id.perpustakaan.jembatan.app.oai;

/**
 * An OAI-PMH error condition: answered with HTTP 200 and an {@code error} element, as the protocol asks, so that a
 * harvester reads the code.
 */
class OaiError extends Exception {

    enum Code {
        badArgument, badResumptionToken, badVerb, cannotDisseminateFormat, idDoesNotExist, noRecordsMatch,
        noMetadataFormats, noSetHierarchy
    }

    private final Code code;

    OaiError(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    Code code() {
        return code;
    }

    /** Whether the request's arguments may be echoed: not when they were the problem. */
    boolean echoesArguments() {
        return code != Code.badVerb && code != Code.badArgument;
    }
}
