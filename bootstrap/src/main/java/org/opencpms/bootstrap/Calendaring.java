package org.opencpms.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.opencpms.adapters.messaging.calendar.IcalCalendarFormat;
import org.opencpms.adapters.messaging.mail.MailTemplates;
import org.opencpms.domain.calendar.CalendarFormat;

/**
 * The calendar side of the composition root: the users' feeds are written by the messaging adapter's
 * {@link IcalCalendarFormat}, with the UIDs of the meetings' invitations (the sender's domain, {@link MailConfiguration})
 * and the summaries of the mail templates.
 */
@ApplicationScoped
public class Calendaring {

    @Produces
    @Singleton
    CalendarFormat calendarFormat() {
        var templates = new MailTemplates();
        return new IcalCalendarFormat(MailConfiguration.ofDeployment().settings().messageIdDomain(),
                templates::calendarSummary);
    }
}
