package id.perpustakaan.jembatan.routes.errors;

import id.perpustakaan.jembatan.model.PrintableText;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelLogger;
import org.apache.camel.spi.LogListener;

/**
 * Escapes control characters in every line the routes' {@code log} steps write: those lines carry file names,
 * locators and parsers' messages, and a name with a line break must not forge a log line. Camel registers every
 * {@link LogListener} bean with the context.
 */
public class PrintableLogLines implements LogListener {

    @Override
    public String onLog(Exchange exchange, CamelLogger camelLogger, String message) {
        return PrintableText.of(message);
    }
}
