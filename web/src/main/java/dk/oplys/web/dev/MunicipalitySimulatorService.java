package dk.oplys.web.dev;

import dk.oplys.integration.config.Settings;
import dk.oplys.integration.municipal.soap.DeliverReport;
import dk.oplys.integration.municipal.soap.DeliverReportResponse;
import dk.oplys.integration.municipal.soap.MunicipalReportPort;
import dk.oplys.integration.municipal.soap.Outcome;
import dk.oplys.integration.municipal.soap.Report;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceException;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo only: a municipal system at {@code /oplys/dev/municipality-simulator/soap} implementing
 * municipal-report-v1, so that "send" works on one machine (the demo rule of 760 points here). It
 * keeps the highest version seen per report id, in memory, to answer ACCEPTED, CORRECTION,
 * DUPLICATE or OUTDATED, and throws the report's content away. Off unless
 * {@code oplys.municipality.simulator=true} (set by {@code ./oplys start}).
 */
@WebService(serviceName = "MunicipalReportService", portName = "MunicipalReportPort",
        targetNamespace = "urn:oplys:municipal-report:v1",
        endpointInterface = "dk.oplys.integration.municipal.soap.MunicipalReportPort")
public class MunicipalitySimulatorService implements MunicipalReportPort {

    private static final Map<String, Integer> VERSIONS = new ConcurrentHashMap<>();

    @Override
    public DeliverReportResponse deliverReport(DeliverReport request) {
        Report report = request.getReport();
        if (!Settings.flag("oplys.municipality.simulator", false)) {
            throw new WebServiceException("the municipality simulator is switched off");
        }
        int version = report.getVersion().intValue();
        Integer held = VERSIONS.get(report.getReportId());
        Outcome o = held == null ? Outcome.ACCEPTED : version > held ? Outcome.CORRECTION
                : version == held ? Outcome.DUPLICATE : Outcome.OUTDATED;
        VERSIONS.merge(report.getReportId(), version, Math::max);
        DeliverReportResponse answer = new DeliverReportResponse();
        answer.setReceipt("SIM-" + report.getReportId() + "-v" + version);
        answer.setOutcome(o);
        answer.setCurrentVersion(BigInteger.valueOf(VERSIONS.get(report.getReportId())));
        return answer;
    }
}
