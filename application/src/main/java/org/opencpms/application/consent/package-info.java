/**
 * Use cases of consents: recording, withdrawing and listing a patient's consents.
 *
 * <p>Invariants kept here: a withdrawal takes effect at the use case's clock instant; the consent
 * records (forms, documents, withdrawal reasons) are listed only to those who see the patient's
 * identity ({@code consent.list-forbidden}); every change and read is audited with the patient's id.
 */
package org.opencpms.application.consent;
