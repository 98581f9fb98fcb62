package org.opencpms.domain.patient;

import org.opencpms.domain.shared.Require;

/** A patient's pseudonym: a readable nickname for people and an opaque id for machines. Both unique and stable. */
public record Pseudonym(Nickname nickname, PseudonymId id) {

    public Pseudonym {
        Require.present(nickname, "nickname");
        Require.present(id, "pseudonym-id");
    }

    /** A pseudonym with this nickname and a new random id. */
    public static Pseudonym of(Nickname nickname) {
        return new Pseudonym(nickname, PseudonymId.random());
    }
}
