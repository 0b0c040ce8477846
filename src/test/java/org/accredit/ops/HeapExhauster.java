package org.accredit.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java agent for {@link OutOfMemoryExitIT}, never part of the service: {@code -javaagent:<jar>=<trigger file>}
 * starts a daemon thread in the service's JVM that waits for the trigger file to appear and then fills the heap
 * with 1 MB arrays that stay referenced, until the JVM throws OutOfMemoryError: the state of a service whose
 * request or job holds more than the heap (issue 14: the deadline sweep of 100,000 applications, the CSV of
 * 100,000 organizations). With -XX:+ExitOnOutOfMemoryError the JVM exits at that throw. Without it the thread
 * catches the error, writes {@code <trigger file>.exhausted} (with the memory of a small reserve it lets go) and
 * keeps the rest of the heap full, as a leaked or stuck request would.
 */
public final class HeapExhauster {

    /** Held until the end: the heap stays exhausted. */
    static final List<byte[]> HELD = new ArrayList<>();

    private HeapExhauster() {
    }

    public static void premain(String trigger) {
        Path file = Path.of(trigger);
        Path exhausted = Path.of(trigger + ".exhausted");
        Thread t = new Thread(() -> run(file, exhausted), "heap-exhauster");
        t.setDaemon(true);
        t.start();
    }

    private static void run(Path trigger, Path exhausted) {
        byte[] reserve = new byte[512 * 1024];
        try {
            while (!Files.exists(trigger)) {
                Thread.sleep(100);
            }
            while (true) {
                HELD.add(new byte[1024 * 1024]);
            }
        } catch (OutOfMemoryError e) {
            reserve = null;
            try {
                Files.writeString(exhausted, "OutOfMemoryError after " + HELD.size() + " MB");
            } catch (Exception | OutOfMemoryError ignored) {
                // nothing to do: the test then sees no marker and fails
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
