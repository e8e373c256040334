package dk.oplys.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The access matrix table ({@code access-matrix.tsv}) and how one of its cells is tried over HTTP.
 * The format is described at the top of the table and in docs/security.md.
 */
final class AccessMatrix {

    /**
     * How a role's requests log in; {@code user == null} means the role has no login yet (skipped).
     * The user {@value #ONE_TIME_LINK} means the participant's session from a one-time e-mail link: its
     * requests carry that session's cookie and no other credentials ({@link #participantCookie}).
     */
    record Login(String role, String user, String skipReason) {
        boolean skipped() {
            return user == null;
        }

        boolean link() {
            return ONE_TIME_LINK.equals(user);
        }
    }

    static final String ONE_TIME_LINK = "@one-time-link";

    /**
     * API operations a person opens from a mail in the browser: they answer an HTML page, and their
     * refusals are a message in that page rather than problem+json.
     */
    static final java.util.Set<String> HTML_ANSWERS = java.util.Set.of("GET /api/public/newsletter/unsubscribe",
            "POST /api/public/newsletter/unsubscribe");

    /**
     * Operations that end the participant's session. The participant's cells of these lines run after
     * all other lines, in table order, so that the session lives for the rest of the table.
     */
    static final java.util.Set<String> ENDS_SESSION = java.util.Set.of("POST /api/public/me/erasure",
            "POST /api/public/me/logout");

    /** The cookie ("name=value") of the participant's one-time-link session, set before the cells run. */
    String participantCookie;

    /** One table line: an operation, the request that tries it, and the outcome per role. */
    record Row(int line, String method, String template, String request, String body, Map<String, String> outcomes) {
        /** The operation as discovery names it: "GET /api/courses/{id}", "SOAP /dev/x/soap#op", "PAGE /kurser". */
        String operation() {
            return method + " " + template;
        }

        String path() {
            return "=".equals(request) ? template.replaceFirst("#.*$", "") : request;
        }
    }

    /** What one role got for one line, when it differs from the table. */
    record Mismatch(Row row, String role, String expected, int status, String note) {
        @Override
        public String toString() {
            return "line " + row.line() + ": " + row.operation() + " as " + role + ": expected " + expected + ", got "
                    + status + (note == null ? "" : " (" + note + ")");
        }
    }

    final List<String> roles = new ArrayList<>();
    final Map<String, Login> logins = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();

    static AccessMatrix load(String resource) throws IOException {
        AccessMatrix m = new AccessMatrix();
        try (InputStream in = Objects.requireNonNull(AccessMatrix.class.getClassLoader().getResourceAsStream(resource), resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = r.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] c = text.strip().split("\t+");
                switch (c[0]) {
                    case "@roles" -> m.roles.addAll(List.of(c).subList(1, c.length));
                    case "@login" -> {
                        if (c.length < 3) {
                            throw new IllegalArgumentException(resource + ":" + line + ": @login <role> <user>|- [why]");
                        }
                        boolean none = "-".equals(c[2]);
                        m.logins.put(c[1], new Login(c[1], none ? null : c[2], none && c.length > 3 ? c[3] : null));
                    }
                    default -> {
                        if (m.roles.isEmpty()) {
                            throw new IllegalArgumentException(resource + ":" + line + ": @roles must come first");
                        }
                        if (c.length != 4 + m.roles.size()) {
                            throw new IllegalArgumentException(resource + ":" + line + ": expected " + (4 + m.roles.size())
                                    + " TAB-separated columns, found " + c.length);
                        }
                        Map<String, String> outcomes = new LinkedHashMap<>();
                        for (int i = 0; i < m.roles.size(); i++) {
                            String o = c[4 + i];
                            if (!o.equals("deny") && !o.matches("[1-5]\\d\\d")) {
                                throw new IllegalArgumentException(resource + ":" + line + ": outcome '" + o
                                        + "' is neither a status nor deny");
                            }
                            outcomes.put(m.roles.get(i), o);
                        }
                        m.rows.add(new Row(line, c[0], c[1], c[2], c[3], outcomes));
                    }
                }
            }
        }
        for (String role : m.roles) {
            if (!role.equals("anonymous") && !m.logins.containsKey(role)) {
                throw new IllegalArgumentException(resource + ": no @login line for role " + role);
            }
        }
        return m;
    }

    /** The roles whose cells are asserted: anonymous and every role with a login. */
    List<String> assertedRoles() {
        return roles.stream().filter(r -> r.equals("anonymous") || !logins.get(r).skipped()).toList();
    }

    /** Sends the row's request as {@code role}; returns a mismatch, or null when the answer is as listed. */
    Mismatch check(Row row, String role) throws Exception {
        String expected = row.outcomes().get(role);
        Login login = role.equals("anonymous") ? null : logins.get(role);
        HttpResponse<byte[]> answer = send(row, login, participantCookie);
        int status = answer.statusCode();
        // A refusal is 401 to a request without credentials the container knows (anonymous, and the
        // participant's session cookie, which only /api/public/me reads), 403 to a logged-in account.
        boolean unauthenticated = login == null || login.link();
        int wanted = expected.equals("deny") ? (unauthenticated ? 401 : 403) : Integer.parseInt(expected);
        if (status != wanted) {
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            return new Mismatch(row, role, expected, status, body.length() > 200 ? body.substring(0, 200) : body);
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        boolean pageForPeople = HTML_ANSWERS.contains(row.operation()) && type.startsWith("text/html");
        if (status >= 400 && status != 401 && row.path().startsWith("/api/") && !type.startsWith("application/problem+json")
                && !pageForPeople) {
            return new Mismatch(row, role, expected, status, "not application/problem+json but '" + type + "'");
        }
        if (row.path().startsWith("/api/") && !row.path().startsWith("/api/public/")
                && !answer.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
            return new Mismatch(row, role, expected, status, "no Cache-Control: no-store");
        }
        if (row.method().equals("PAGE") && status == 200
                && answer.headers().firstValue("Content-Security-Policy").isEmpty()) {
            return new Mismatch(row, role, expected, status, "a page without Content-Security-Policy");
        }
        return null;
    }

    static HttpResponse<byte[]> send(Row row, Login login, String cookie) throws Exception {
        String method = row.method().equals("PAGE") ? "GET" : row.method().equals("SOAP") ? "POST" : row.method();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + row.path()));
        String body = row.body();
        if (body.equals("-")) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body.startsWith("form:")) {
            // As the same-origin page would send it (a browser adds the Origin to every form post).
            b.method(method, HttpRequest.BodyPublishers.ofString(body.substring(5)))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin());
        } else if (body.startsWith("soap:")) {
            b.method(method, HttpRequest.BodyPublishers.ofString(envelope(body.substring(5)), StandardCharsets.UTF_8))
                    .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"");
        } else {
            b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json");
        }
        if (login != null && login.link()) {
            b.header("Cookie", cookie);
        } else if (login != null) {
            b.header("Authorization", basic(login.user()));
        }
        return Api.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String envelope(String payload) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + payload
                + "</soap:Body></soap:Envelope>";
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":oplys-demo").getBytes(StandardCharsets.UTF_8));
    }

    /** scheme://host:port of the application under test. */
    static String origin() {
        URI base = URI.create(Api.BASE);
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }
}
