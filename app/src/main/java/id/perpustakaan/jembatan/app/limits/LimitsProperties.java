package id.perpustakaan.jembatan.app.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one anonymous client may ask of the public endpoints: no request may cost unbounded CPU or memory, and no
 * client may take the machine from the others. Defaults are in {@code application.yml}.
 *
 * @param readsPerMinute     searches, suggestions, pages and feeds per client address; 0 lifts the limit
 * @param clicksPerMinute    reported result clicks per client address; 0 lifts the limit
 * @param maxParameterLength characters in one query parameter's value
 * @param maxParameterValues values of one query parameter ({@code agency=…&agency=…})
 * @param maxBodySize        an anonymous request's body; a larger one is refused before it is read
 */
@ConfigurationProperties("jembatan.limits")
public record LimitsProperties(int readsPerMinute, int clicksPerMinute, int maxParameterLength,
                               int maxParameterValues, DataSize maxBodySize) {
}
