import dk.oplys.integration.pdf.InvoiceDocument;
import dk.oplys.integration.pdf.InvoicePdf;
import dk.oplys.integration.pdf.PageFlow;
import dk.oplys.integration.pdf.PdfA;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Benchmark 3: PDF/A invoices per second with the application's own renderer (InvoicePdf), next to
 * the floor measured in the same run: a blank PDF/A page with the same embedded font and the same
 * metadata and output intent (PdfA), i.e. what PDFBox needs before a single line of the invoice is
 * laid out. Run by scripts/bench/pdf.sh (which puts the integration module and PDFBox on the class path).
 *   java -cp ... PdfBench.java [seconds per measurement, default 10] [threads, default: cores]
 */
public class PdfBench {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        IntFunction<byte[]> invoice = i -> InvoicePdf.render(sample(i));
        IntFunction<byte[]> blank = i -> {
            try (PdfA pdf = new PdfA(); PageFlow page = new PageFlow(pdf, " ")) {
                page.close();
                return pdf.finish("Blank " + i, null, new GregorianCalendar());
            }
        };
        System.out.printf("invoice PDF: %d bytes, blank page: %d bytes%n", invoice.apply(1).length, blank.apply(1).length);
        // Warm-up (JIT, class loading) of both before anything is measured.
        run(blank, Math.max(2, seconds / 2), threads);
        run(invoice, Math.max(2, seconds / 2), threads);
        for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
            double floor = run(blank, seconds, t);
            double inv = run(invoice, seconds, t);
            System.out.printf("RESULT threads=%d invoices/s=%.1f blank-pages/s=%.1f invoice/floor=%.2f "
                    + "(ms per invoice %.2f, per blank page %.2f)%n", t, inv, floor, inv / floor, 1000 * t / inv,
                    1000 * t / floor);
        }
    }

    /** Documents per second with {@code threads} threads for {@code seconds}. */
    static double run(IntFunction<byte[]> make, int seconds, int threads) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] ts = new Thread[threads];
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            ts[t] = new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    make.apply(i++);
                    done.incrementAndGet();
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    /** A typical invoice: Danish letters, a reduced fee, a payment note. */
    static InvoiceDocument sample(int i) {
        LocalDate today = LocalDate.of(2026, 8, 14);
        return new InvoiceDocument(false, "2026-" + String.format("%06d", 100 + i), null, today, today.plusDays(14),
                "2026-" + (100 + i),
                new InvoiceDocument.Party("Ringkøbing-Skjern Aftenskole", "Østergade 12", "6950", "Ringkøbing"),
                "12345678", "kontor@aftenskole.example · 97 32 10 00",
                new InvoiceDocument.Party("Søren Æbelø Ørsted", "Ågade 3, 2. th.", "6900", "Skjern"), null,
                "Keramik for begyndere – drejning og glasur", "8 gange, tirsdage 19.00–21.15, fra 1. september 2026",
                List.of(new InvoiceDocument.Line("Kursusgebyr", 95000), new InvoiceDocument.Line("Materialer", 15000),
                        new InvoiceDocument.Line("Nedsat gebyr (pensionist)", -30000)),
                80000, "Nedsat gebyr efter tro og love-erklæring (pensionist).",
                "Betal med kort via linket i bekræftelsen, eller overfør til reg. 1234 konto 5678901.");
    }
}
