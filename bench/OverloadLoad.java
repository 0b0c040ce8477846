// Open-loop load for bench/overload.sh. Single file, no dependencies:
//   java bench/OverloadLoad.java <base url> <requests per second> <seconds> <run id> [<warm-up seconds>]
// Sends submissions (POST /api/v1/applications, each with a unique organization name, as bench/submit.lua) at a
// constant average rate with random (Poisson) arrivals, whatever the service answers: a request is sent at its
// time even when earlier ones have not been answered (an open loop, as many independent clients are; wrk keeps
// a fixed number of connections and sends the next request only after the answer, so an overloaded service slows
// its own load down). Latency counts from the moment a request was due, so time spent waiting for a connection
// counts too. Prints one line per window of 30 s and a total: sent, 201/s, 503/s, other statuses, client errors
// (timeouts, refused connections), p50/p99 of the 201s and p99 of the 503s, and how many 503s lacked
// Retry-After or problem+json. The warm-up (default 15 s) runs the same load first, not counted: the client's
// own JIT and connections would otherwise delay the first requests and count against the service.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

public class OverloadLoad {

    static final int WINDOW_SECONDS = 30;
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String run = args.length > 3 ? args[3] : Long.toString(System.currentTimeMillis());
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        int capacity = (int) (rate * (seconds + warmup) * 1.3) + 1000;
        long[] due = new long[capacity];
        long[] latency = new long[capacity];
        int[] status = new int[capacity];
        boolean[] bad503 = new boolean[capacity];
        AtomicInteger answered = new AtomicInteger();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(2)).build();
        URI target = URI.create(base + "/api/v1/applications");
        long begin = System.nanoTime() + 200_000_000L;
        long start = begin + warmup * 1_000_000_000L;
        long end = start + seconds * 1_000_000_000L;
        long next = begin;
        int n = 0;
        while (next < end && n < capacity) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            final int i = n++;
            due[i] = next;
            String name = "Overload Org " + run + "-" + i;
            String body = i % 4 == 0
                    ? "{\"organization\":{\"name\":\"" + name + "\",\"type\":\"NGO\",\"country\":\"FR\"},\"ecosocCategory\":\"SPECIAL\","
                            + "\"contact\":{\"name\":\"Bench\",\"email\":\"bench@example.org\"},\"language\":\"fr\"}"
                    : "{\"organization\":{\"name\":\"" + name + "\",\"type\":\"INTERGOVERNMENTAL_ORGANIZATION\",\"country\":\"FR\"},"
                            + "\"contact\":{\"name\":\"Bench\",\"email\":\"bench@example.org\"},\"language\":\"en\"}";
            HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                latency[i] = System.nanoTime() - due[i];
                if (e != null) {
                    status[i] = -1;
                } else {
                    status[i] = r.statusCode();
                    if (r.statusCode() == 503) {
                        String type = r.headers().firstValue("Content-Type").orElse("");
                        bad503[i] = r.headers().firstValue("Retry-After").isEmpty() || !type.startsWith("application/problem+json");
                    }
                }
                answered.incrementAndGet();
            });
            // Poisson arrivals: exponential gaps with the mean 1/rate
            next += (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) / rate * 1e9);
        }
        int sent = n;
        long waitUntil = System.nanoTime() + TIMEOUT.toNanos() + 5_000_000_000L;
        while (answered.get() < sent && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        int windows = (seconds + WINDOW_SECONDS - 1) / WINDOW_SECONDS;
        for (int w = 0; w < windows; w++) {
            long from = start + w * WINDOW_SECONDS * 1_000_000_000L;
            long to = Math.min(end, from + WINDOW_SECONDS * 1_000_000_000L);
            report(String.format(Locale.ROOT, "window %3d-%3d s", w * WINDOW_SECONDS, (int) ((to - start) / 1_000_000_000L)),
                    due, latency, status, bad503, sent, from, to);
        }
        report("total", due, latency, status, bad503, sent, start, end);
        System.exit(0);
    }

    static void report(String label, long[] due, long[] latency, int[] status, boolean[] bad503, int sent, long from, long to) {
        int total = 0, created = 0, refused = 0, other = 0, errors = 0, bad = 0, unanswered = 0;
        long[] ok = new long[sent];
        long[] no = new long[sent];
        int lastOther = 0;
        for (int i = 0; i < sent; i++) {
            if (due[i] < from || due[i] >= to) {
                continue;
            }
            total++;
            switch (status[i]) {
                case 201 -> ok[created++] = latency[i];
                case 503 -> {
                    no[refused++] = latency[i];
                    if (bad503[i]) {
                        bad++;
                    }
                }
                case 0 -> unanswered++;
                case -1 -> errors++;
                default -> {
                    other++;
                    lastOther = status[i];
                }
            }
        }
        double secs = (to - from) / 1e9;
        System.out.printf(Locale.ROOT, "OVERLOAD %s sent/s=%.1f accepted/s=%.1f refused503/s=%.1f other=%d%s errors=%d unanswered=%d "
                        + "accepted_p50_ms=%.1f accepted_p99_ms=%.1f accepted_max_ms=%.1f refused_p50_ms=%.1f refused_p99_ms=%.1f bad503=%d%n",
                label, total / secs, created / secs, refused / secs, other, other > 0 ? " (last " + lastOther + ")" : "", errors,
                unanswered, pct(ok, created, 50), pct(ok, created, 99), pct(ok, created, 100), pct(no, refused, 50),
                pct(no, refused, 99), bad);
    }

    static double pct(long[] values, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        int idx = (int) Math.ceil(p / 100.0 * count) - 1;
        return v[Math.max(0, Math.min(count - 1, idx))] / 1e6;
    }
}
