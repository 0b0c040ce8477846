package org.accredit.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** What a GreenMail SMTP server received, read per recipient, with the text and HTML parts. */
public final class SmtpInbox {

    private final GreenMail greenMail;

    public SmtpInbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipients(m).contains(recipient)).toList();
    }

    public MimeMessage single(String recipient) {
        List<MimeMessage> messages = to(recipient);
        assertEquals(1, messages.size(), "exactly one message to " + recipient);
        return messages.get(0);
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    public static List<String> recipients(MimeMessage m) {
        try {
            return m.getAllRecipients() == null ? List.of()
                    : Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String mimeType) {
        String found = partOrNull(part, mimeType);
        if (found == null) {
            throw new AssertionError("no " + mimeType + " part");
        }
        return found;
    }

    private static String partOrNull(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = partOrNull(child, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
