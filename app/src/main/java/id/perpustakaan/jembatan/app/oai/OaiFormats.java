package id.perpustakaan.jembatan.app.oai;

/** The metadata formats served: Dublin Core as OAI-PMH defines it, which every harvester reads. */
final class OaiFormats {

    static final String OAI_DC = "oai_dc";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";

    private OaiFormats() {
    }

    static void require(String metadataPrefix) throws OaiError {
        if (!OAI_DC.equals(metadataPrefix)) {
            throw new OaiError(OaiError.Code.cannotDisseminateFormat, "records are served as " + OAI_DC + " only,"
                    + " not as '" + metadataPrefix + "'");
        }
    }
}
