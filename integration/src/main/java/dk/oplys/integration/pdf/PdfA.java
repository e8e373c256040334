package dk.oplys.integration.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A PDF/A-2b document in the making: the font embedded (Liberation Sans, carried by PDFBox itself,
 * so Danish letters render and no system fonts are scanned), an sRGB output intent, and XMP
 * metadata that agrees with the document information. Documents that must survive the five-year
 * retention (invoices, protocols, reports) are written through this class only.
 */
public final class PdfA implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String PRODUCER = "Oplys";

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;

    public PdfA() {
        try (InputStream in = PdfA.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the PDFBox jar: " + FONT);
            }
            font = PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDDocument document() {
        return document;
    }

    public PDType0Font font() {
        return font;
    }

    /** Writes metadata and output intent and returns the finished file. {@code created} fixes the dates. */
    public byte[] finish(String title, String subject, Calendar created) {
        try {
            Calendar at = created != null ? created : new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            info.setCreationDate(at);
            info.setModificationDate(at);

            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(PRODUCER);
            if (subject != null) {
                dc.addDescription(null, subject);
            }
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(at);
            basic.setModifyDate(at);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xml.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);

            byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(icc));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException | BadFieldValueException | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("PDF could not be written: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
