package org.opencpms.domain.kpi;

import java.util.List;
import org.opencpms.domain.reference.Ern;

/** Port: the facts the reports are computed from (a narrow read model, e.g. SQL projections). */
public interface KpiFacts {

    /** The facts of every panel led by {@code ern}, or of all panels when {@code ern} is null; deleted panels excluded. */
    List<PanelFact> panels(Ern ern);

    /** The users holding a role in {@code ern}, or every user holding any role when {@code ern} is null. */
    List<UserFact> users(Ern ern);
}
