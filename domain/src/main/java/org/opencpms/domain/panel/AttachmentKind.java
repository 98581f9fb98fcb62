package org.opencpms.domain.panel;

/** What an attachment refers to. */
public enum AttachmentKind {
    /** A document in the document store, referred to by its opaque storage key. */
    DOCUMENT,
    /** A de-identified imaging study, referred to by its (pseudonymous) study instance UID. */
    IMAGING_STUDY
}
