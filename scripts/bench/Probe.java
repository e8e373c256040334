import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Responsiveness probe for the benchmarks: one client that asks a cheap request (the public
 * catalogue) every INTERVAL ms, one at a time, until STOPFILE exists or SECONDS have passed, then
 * prints one line with the latency percentiles. It waits for each answer, so a server that stops
 * answering shows as long latencies, not as a queue of requests.
 *
 *   java Probe.java URL SECONDS INTERVAL_MS [STOPFILE]
 *   RESULT n=.. errors=.. p50=..ms p90=..ms p99=..ms max=..ms
 */
public class Probe {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        long until = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        long interval = Long.parseLong(args[2]);
        Path stop = args.length > 3 ? Path.of(args[3]) : null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET().build();
        List<Double> ms = new ArrayList<>();
        int errors = 0;
        while (System.nanoTime() < until && (stop == null || !Files.exists(stop))) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    errors++;
                }
            } catch (java.io.IOException e) {
                errors++;
            }
            long t1 = System.nanoTime();
            ms.add((t1 - t0) / 1e6);
            long sleep = interval - (t1 - t0) / 1_000_000;
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
        }
        Collections.sort(ms);
        System.out.printf("RESULT n=%d errors=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n", ms.size(), errors,
                pct(ms, 0.50), pct(ms, 0.90), pct(ms, 0.99), ms.isEmpty() ? 0.0 : ms.get(ms.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
