package org.opencpms.adapters.fhir.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.NamingSystems;
import org.opencpms.domain.audit.AuditEntry;

/**
 * The agents of an AuditEvent as IHE BALP arranges them. The person who acted first, as the requestor (their OpenCPMS
 * user id, {@value NamingSystems#USER}; typed human user and, as BALP asks, information recipient of a read or author
 * of a change), never with a network address; the system itself when no person acted. Then, for a call over the
 * network, the client (the hospital system's machine client, {@value NamingSystems#CLIENT}, or the caller's channel)
 * with the caller's address, and the server (OpenCPMS, by this host's name), each typed with the DICOM role of the
 * data flow: the client the destination of a read and the source of a change, the server the other way round.
 */
final class BalpAgents {

    private static final String SECURITY_ROLES = "http://terminology.hl7.org/CodeSystem/extra-security-role-type";
    private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    private static final String HOST = host();

    private BalpAgents() {
    }

    static void add(AuditEvent event, AuditEntry entry, Origin origin, BalpShape shape) {
        var person = event.addAgent().setRequestor(true);
        entry.byUser().ifPresentOrElse(user -> person.setWho(new Reference().setIdentifier(new Identifier()
                                .setSystem(NamingSystems.USER).setValue(user.value().toString())))
                        .setType(new CodeableConcept().addCoding(new Coding(SECURITY_ROLES, "humanuser", "human user"))
                                .addCoding(shape.written() ? new Coding(PARTICIPATION, "AUT", "author")
                                        : new Coding(PARTICIPATION, "IRCP", "information recipient"))),
                () -> person.setWho(new Reference().setDisplay("OpenCPMS (the system itself)")));
        if (origin.address() == null) {
            return;
        }
        var client = event.addAgent().setRequestor(false).setType(new CodeableConcept()
                .addCoding(role(!shape.written())));
        if (origin.client() != null) {
            client.setWho(new Reference().setIdentifier(new Identifier().setSystem(NamingSystems.CLIENT)
                    .setValue(origin.client())));
            client.getType().addCoding(new Coding(SECURITY_ROLES, "datacollector", "data collector"));
        } else {
            client.setWho(new Reference().setDisplay("OpenCPMS " + origin.channel() + " client"));
        }
        client.getNetwork().setAddress(origin.address()).setType(AuditEventAgentNetworkType._2);
        event.addAgent().setRequestor(false).setType(new CodeableConcept().addCoding(role(shape.written())))
                .setWho(new Reference().setDisplay("OpenCPMS")).getNetwork().setAddress(HOST)
                .setType(AuditEventAgentNetworkType._1);
    }

    /** Whether the event follows its shape's BALP profile: a person's call over the network. */
    static boolean balp(AuditEntry entry, Origin origin) {
        return entry.byUser().isPresent() && origin.address() != null;
    }

    private static Coding role(boolean destination) {
        return destination ? new Coding(BalpShape.DICOM, "110152", "Destination Role ID")
                : new Coding(BalpShape.DICOM, "110153", "Source Role ID");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
