package org.accredit.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.accredit.organization.Language;

/**
 * Renders an email from its Qute templates ({@code templates/emails/KIND.subject|txt|html}) in the
 * recipient's language. The wording comes from localized message bundles ({@link EmailMessages}
 * and any other feature's bundle), chosen by the locale set on each template instance. Besides the
 * caller's data, templates get {@code lang}, {@code rtl}, {@code apiUrl} and {@code publicUrl} (the same
 * address, accredit.mail.public-url: the API's and the pages', e.g. {@code {publicUrl}/status}). Only the HTML part is
 * HTML-escaped; the subject is reduced to one line.
 */
@ApplicationScoped
public class EmailRenderer {

    private final Engine engine;
    private final String apiUrl;

    public EmailRenderer(Engine engine, MailConfig config) {
        this.engine = engine;
        String url = config.publicUrl().strip();
        this.apiUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public RenderedEmail render(EmailKind kind, Language language, Map<String, Object> data) {
        String base = "emails/" + kind.templateName();
        return new RenderedEmail(
                HeaderText.singleLine(instance(base + ".subject", language, data).render(), 400),
                instance(base + ".txt", language, data).render(),
                instance(base + ".html", language, data).render());
    }

    private TemplateInstance instance(String id, Language language, Map<String, Object> data) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("missing email template " + id);
        }
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        instance.data("lang", language.name());
        instance.data("rtl", language.rightToLeft());
        instance.data("apiUrl", apiUrl);
        instance.data("publicUrl", apiUrl);
        instance.setLocale(language.locale());
        return instance;
    }
}
