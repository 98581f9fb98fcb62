package org.opencpms.domain.kpi;

import java.util.List;
import org.opencpms.domain.reference.Ern;

/** Port: the facts the reports are computed from (a narrow read model, e.g. SQL projections). */
public interface KpiFacts {

    /** The facts of every panel led by {@code ern}, or of all panels when {@code ern} is null; deleted panels excluded. */
    List<PanelFact> panels(Ern ern);

    /**
     * Every user holding any role, whatever their ERNs: a report counts those of its ERN as registered
     * and anyone who took part in one of its panels (guests and members from other ERNs too) as active.
     */
    List<UserFact> users();
}
