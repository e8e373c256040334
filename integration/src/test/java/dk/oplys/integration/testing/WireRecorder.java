package dk.oplys.integration.testing;

import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Keeps each incoming envelope of a fake SOAP peer as text, so tests assert on what was on the wire. */
final class WireRecorder implements SOAPHandler<SOAPMessageContext> {
    private final List<String> sink;

    WireRecorder(List<String> sink) {
        this.sink = sink;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (!(Boolean) context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY)) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                context.getMessage().writeTo(out);
                sink.add(out.toString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                sink.add("unreadable: " + e.getClass().getSimpleName());
            }
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }
}
