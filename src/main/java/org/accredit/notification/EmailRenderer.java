package org.accredit.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.accredit.organization.Language;

/**
 * Renders an email from its Qute templates (templates/emails/KIND.subject|txt|html) in the
 * recipient's language; the wording comes from the localized message bundle.
 */
@ApplicationScoped
public class EmailRenderer {

    private final Engine engine;

    public EmailRenderer(Engine engine) {
        this.engine = engine;
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
        instance.setLocale(language.locale());
        return instance;
    }
}
