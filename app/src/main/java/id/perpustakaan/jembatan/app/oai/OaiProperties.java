package id.perpustakaan.jembatan.app.oai;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the OAI-PMH provider presents the library to harvesters (Indonesia OneSearch, SLiMS, INLISLite). Defaults
 * are in {@code application.yml}.
 *
 * @param repositoryName the repository's name in Identify
 * @param adminEmail     whom a harvester's operator writes to
 * @param rights         the rights statement of every record (dc:rights)
 * @param pageSize       records (or headers) in one part of a list, 1 to 500
 */
@ConfigurationProperties("jembatan.oai")
record OaiProperties(String repositoryName, String adminEmail, String rights, int pageSize) {

    OaiProperties {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("jembatan.oai.page-size is " + pageSize + ": set 1 to 500");
        }
    }
}
