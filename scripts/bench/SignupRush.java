import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The season-opening rush, from outside: many clients sign up over HTTP at once for a programme of
 * courses, some with few seats. JDK only, so it runs as `java SignupRush.java ...` anywhere.
 *
 *   setup  --base URL --courses 20 --small 5 --small-seats 3 --seats 40 --out courses.txt
 *   rush   --base URL[,URL2] --courses-file courses.txt --clients 200 --signups 4000
 *          [--retry-seconds 120] [--acked acked.txt] [--duration-seconds S] [--rate R]
 *
 * Without --rate the load is a closed loop: each client sends its next sign-up as soon as the last
 * one is answered, so the rate is whatever the server sustains and, by Little's law, the latency is
 * clients / rate. With --rate R it is an open loop: sign-up i is due at start + i / R seconds
 * whatever the answers, sent by whichever of the clients (at most --clients in flight) is free, and
 * its latency counts from when it was due, not from when it was sent (so a server that falls behind
 * is not flattered by the clients waiting for it: no coordinated omission).
 *
 * rush prints sign-ups per second, p50/p99 latency of answered requests, the answers by status,
 * and with --acked writes every idempotency key that got a success (201, or 200 for a replay),
 * so a crash test can check afterwards that each exists exactly once. With --retry-seconds a
 * request that failed (no answer, 5xx) is sent again with the same key until it succeeds or the
 * time runs out, as a careful client would.
 */
public class SignupRush {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        switch (args.length == 0 ? "" : args[0]) {
            case "setup" -> setup(a);
            case "rush" -> rush(a);
            default -> {
                System.err.println("usage: java SignupRush.java setup|rush --base URL ...");
                System.exit(2);
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new ConcurrentHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return m;
    }

    static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":oplys-demo").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String method, String url, String user, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", auth(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A programme of open courses at school A: {@code small} of them with few seats. */
    static void setup(Map<String, String> a) throws Exception {
        String base = a.get("base");
        int courses = Integer.parseInt(a.getOrDefault("courses", "20"));
        int small = Integer.parseInt(a.getOrDefault("small", "5"));
        int smallSeats = Integer.parseInt(a.getOrDefault("small-seats", "3"));
        int seats = Integer.parseInt(a.getOrDefault("seats", "40"));
        String venues = send("GET", base + "/api/courses", "kontor", null).body();
        Matcher vm = Pattern.compile("\"venue\":\\{[^}]*?\"id\":(\\d+)").matcher(venues);
        if (!vm.find()) {
            throw new IllegalStateException("no venue found: " + venues.substring(0, Math.min(200, venues.length())));
        }
        String venue = vm.group(1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < courses; i++) {
            int capacity = i < small ? smallSeats : seats;
            String body = "{\"title\":\"Bench " + i + " " + UUID.randomUUID().toString().substring(0, 6)
                    + "\",\"description\":\"benchmark\",\"activityKind\":\"UNDERVISNING\",\"venueId\":" + venue
                    + ",\"capacity\":" + capacity + ",\"feeOre\":50000,\"reducedFeeOre\":null,\"signupOpensAt\":\""
                    + Instant.now().minusSeconds(3600) + "\",\"signupClosesAt\":\"" + Instant.now().plusSeconds(86400 * 30)
                    + "\",\"transportOffered\":false,\"lessons\":[{\"date\":\"" + LocalDate.now().plusDays(40)
                    + "\",\"start\":\"19:00:00\",\"end\":\"21:15:00\"}],\"fields\":[],\"teacherIds\":[]}";
            HttpResponse<String> r = send("POST", base + "/api/courses", "kontor", body);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("course not created: " + r.statusCode() + " " + r.body());
            }
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
            id.find();
            String cid = id.group(1);
            HttpResponse<String> open = send("POST", base + "/api/courses/" + cid + "/status", "kontor", "{\"status\":\"OPEN\"}");
            if (open.statusCode() != 200) {
                throw new IllegalStateException("course not opened: " + open.body());
            }
            lines.add(cid + " " + capacity);
        }
        Files.write(Path.of(a.getOrDefault("out", "courses.txt")), lines);
        System.out.println("created " + courses + " courses (" + small + " with " + smallSeats + " seats, the rest "
                + seats + ")");
    }

    record Course(String id, int capacity) {
    }

    static void rush(Map<String, String> a) throws Exception {
        String[] bases = a.get("base").split(",");
        List<Course> courses = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a.getOrDefault("courses-file", "courses.txt")))) {
            String[] p = line.trim().split(" ");
            courses.add(new Course(p[0], Integer.parseInt(p[1])));
        }
        int clients = Integer.parseInt(a.getOrDefault("clients", "50"));
        int signups = Integer.parseInt(a.getOrDefault("signups", "2000"));
        long retryMillis = Long.parseLong(a.getOrDefault("retry-seconds", "0")) * 1000;
        long durationMillis = Long.parseLong(a.getOrDefault("duration-seconds", "0")) * 1000;
        double rate = Double.parseDouble(a.getOrDefault("rate", "0"));
        String tag = UUID.randomUUID().toString().substring(0, 8);

        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger failedForGood = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicLong acked = new AtomicLong();
        List<String> ackedKeys = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long stopAt = durationMillis > 0 ? System.currentTimeMillis() + durationMillis : Long.MAX_VALUE;

        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < signups && System.currentTimeMillis() < stopAt) {
                        long due = rate > 0 ? start + (long) (i * 1e9 / rate) : 0;
                        if (rate > 0) {
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        Course course = courses.get(ThreadLocalRandom.current().nextInt(courses.size()));
                        String key = "rush-" + tag + "-" + i;
                        String body = "{\"participant\":{\"firstName\":\"Bench" + i + "\",\"lastName\":\"Rush" + tag
                                + "\",\"street\":\"Benchvej " + (i % 200 + 1) + "\",\"postcode\":\"6900\",\"city\":\"Skjern\","
                                + "\"municipalityCode\":\"760\",\"birthDate\":\"" + LocalDate.of(1950, 1, 1).plusDays(i % 20000)
                                + "\",\"email\":\"b" + i + "-" + tag + "@bench.example\"},\"fields\":{},\"consents\":[]}";
                        long deadline = System.currentTimeMillis() + retryMillis;
                        int attempt = 0;
                        while (true) {
                            String base = bases[(client + attempt) % bases.length];
                            long t0 = rate > 0 && attempt == 0 ? due : System.nanoTime();
                            int status;
                            String answer = "";
                            try {
                                HttpResponse<String> r = send("POST", base + "/api/public/courses/" + course.id() + "/signups",
                                        null, body, "Idempotency-Key", key);
                                status = r.statusCode();
                                answer = r.body();
                                latencies.add(System.nanoTime() - t0);
                            } catch (IOException e) {
                                status = -1;
                            }
                            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            if (status == 201 || status == 200) {
                                acked.incrementAndGet();
                                ackedKeys.add(key + " " + course.id());
                                if (answer.contains("\"CONFIRMED\"")) {
                                    confirmed.incrementAndGet();
                                } else {
                                    waiting.incrementAndGet();
                                }
                                break;
                            }
                            boolean retryable = status == -1 || status >= 500 || status == 409 && answer.contains("concurrent");
                            if (!retryable || System.currentTimeMillis() > deadline) {
                                failedForGood.incrementAndGet();
                                break;
                            }
                            retries.incrementAndGet();
                            attempt++;
                            Thread.sleep(Math.min(2000, 100L * attempt));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("clients=%d %s sign-ups acknowledged=%d in %.1f s: %.1f sign-ups/s%n", clients,
                rate > 0 ? "open loop at " + rate + "/s," : "closed loop,", acked.get(), seconds, acked.get() / seconds);
        if (sorted.length > 0) {
            System.out.printf("latency p50=%.1f ms p99=%.1f ms max=%.1f ms (answered requests: %d)%n",
                    pct(sorted, 50), pct(sorted, 99), sorted[sorted.length - 1] / 1e6, sorted.length);
        }
        System.out.printf("confirmed=%d waiting=%d failed-for-good=%d retries=%d answers=%s%n", confirmed.get(),
                waiting.get(), failedForGood.get(), retries.get(), new java.util.TreeMap<>(byStatus));
        int capacity = courses.stream().mapToInt(Course::capacity).sum();
        System.out.printf("capacity of the programme=%d%n", capacity);
        if (a.containsKey("acked")) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a.get("acked"))))) {
                ackedKeys.forEach(w::println);
            }
        }
        System.out.println("RESULT " + String.join(" ", Arrays.asList(
                "clients=" + clients, "offered=" + (rate > 0 ? String.format("%.1f", rate) : "closed"),
                "acked=" + acked.get(), "seconds=" + String.format("%.2f", seconds),
                "rate=" + String.format("%.1f", acked.get() / seconds),
                "p50ms=" + (sorted.length > 0 ? String.format("%.1f", pct(sorted, 50)) : "-"),
                "p99ms=" + (sorted.length > 0 ? String.format("%.1f", pct(sorted, 99)) : "-"),
                "confirmed=" + confirmed.get(), "failed=" + failedForGood.get())));
    }

    static double pct(long[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
