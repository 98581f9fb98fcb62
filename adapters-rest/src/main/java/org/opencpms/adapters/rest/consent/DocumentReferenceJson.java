package org.opencpms.adapters.rest.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.domain.consent.DocumentReference;

/** A stored document (the signed consent form): the document store's key and the media type. */
public record DocumentReferenceJson(@NotBlank @Size(max = 500) String storageKey, @NotBlank String mediaType) {

    public static DocumentReferenceJson of(DocumentReference document) {
        return new DocumentReferenceJson(document.storageKey(), document.mediaType());
    }

    /** @throws org.opencpms.domain.shared.InvalidValue {@code storage-key.invalid}, {@code media-type.invalid} */
    public DocumentReference toDomain() {
        return new DocumentReference(storageKey, mediaType);
    }
}
