import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Shows how the Vert.x mail client (the one Quarkus Mailer configures) behaves when the SMTP server closes the
 * connection in the middle of DATA: some sends fail at once, others never complete and are only ended by the
 * caller's timeout (quarkus.mailer.timeout in the service). Sends N emails one after the other to a local
 * server, each given 5 s, and counts ok / failed / timed out. With bench/faults/smtp_faults.py and the rule
 * {"drop_mid_data": 0.3}:
 *
 * <pre>
 * python3 bench/faults/smtp_faults.py --port 25999 --log /tmp/p.jsonl --control /tmp/rules.json &amp;
 * echo '{"drop_mid_data": 0.3}' &gt; /tmp/rules.json
 * java -cp "$(ls target/quarkus-app/lib/main/*.jar | tr '\n' ':')" bench/faults/MailDropProbe.java 25999 30 true
 * </pre>
 * (the last argument: keep connections alive in a pool, as the service does, or not).
 */
public class MailDropProbe {

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        MailConfig config = new MailConfig().setHostname("127.0.0.1").setPort(Integer.parseInt(args[0]))
                .setStarttls(StartTLSOptions.DISABLED).setKeepAlive(Boolean.parseBoolean(args[2]));
        MailClient client = MailClient.createShared(vertx, config, "probe");
        int ok = 0;
        int failed = 0;
        int timedOut = 0;
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            MailMessage m = new MailMessage().setFrom("probe@example.org").setTo("to" + i + "@example.org")
                    .setSubject("probe " + i).setText("line 1\nline 2\nline 3\nline 4\nline 5\n");
            CompletableFuture<Throwable> done = new CompletableFuture<>();
            client.sendMail(m).onComplete(r -> done.complete(r.succeeded() ? null : r.cause()));
            try {
                if (done.get(5, TimeUnit.SECONDS) == null) {
                    ok++;
                } else {
                    failed++;
                }
            } catch (TimeoutException e) {
                timedOut++;
            }
        }
        System.out.printf("ok=%d failed=%d timed-out=%d%n", ok, failed, timedOut);
        System.exit(0);
    }
}
