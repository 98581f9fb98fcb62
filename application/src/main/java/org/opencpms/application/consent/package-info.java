/**
 * Use cases of consents: recording, withdrawing and listing a patient's consents.
 *
 * <p>Invariants kept here: a withdrawal takes effect at the use case's clock instant; who lists the
 * consent records (forms, documents, withdrawal reasons) is decided by
 * {@link org.opencpms.domain.access.AccessPolicy}; every change and read is audited with the patient's id.
 */
package org.opencpms.application.consent;
