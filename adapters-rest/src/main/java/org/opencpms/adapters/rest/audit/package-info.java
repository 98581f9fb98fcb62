/** REST resource and JSON of the audit trail, for auditors (a patient's own trail is under the patient). */
package org.opencpms.adapters.rest.audit;
