/**
 * REST resource of patients: enrolment, the centre's list, the patient view, identity corrections, the patient's
 * consents and audit trail. Identity fields appear in a response only when the use case's view carries them.
 */
package org.opencpms.adapters.rest.patient;
