package org.opencpms.domain.imaging;

import java.util.List;
import org.opencpms.domain.shared.InvalidValue;

/**
 * What panels see of a study, counted from its indexed instances not in quarantine: how many series and instances,
 * and its modalities (distinct, in alphabetical order). A study with no such instance is {@link #isEmpty() empty}.
 */
public record StudyContents(int series, int instances, List<String> modalities) {

    public StudyContents {
        if (series < 0 || instances < series) {
            throw new InvalidValue("study-contents", "a study holds at least one instance per series");
        }
        modalities = List.copyOf(modalities);
    }

    public boolean isEmpty() {
        return instances == 0;
    }

    /** The modalities as a study records them: separated by one space. */
    public String modalitiesText() {
        return String.join(" ", modalities);
    }
}
