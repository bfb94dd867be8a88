package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every review page its {@link ReviewDisplay}, in the language the page is drawn in. */
@ControllerAdvice(basePackageClasses = ReviewDisplayAdvice.class)
class ReviewDisplayAdvice {

    private final MessageSource messages;
    /** The sign-in page needs no catalogue, and its slice tests have none. */
    private final ObjectProvider<SourceCatalog> sources;

    ReviewDisplayAdvice(MessageSource messages, ObjectProvider<SourceCatalog> sources) {
        this.messages = messages;
        this.sources = sources;
    }

    @ModelAttribute("display")
    ReviewDisplay display(Locale locale) {
        SourceCatalog catalog = sources.getIfAvailable();
        return new ReviewDisplay(locale, messages, catalog == null || catalog.all() == null ? List.of()
                : catalog.all());
    }
}
