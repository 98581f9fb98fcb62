/**
 * De-identification by the Basic Application Level Confidentiality Profile (PS3.15 E.1) with Retain Safe Private
 * and, when dates are shifted, Retain Longitudinal Temporal Information with Modified Dates. Invariants: no person
 * name, unsafe private attribute or original instance UID survives at any sequence depth; pseudonymous UIDs and
 * date offsets derive from one keyed HMAC, so they are the same on every node and after a restart.
 */
package org.opencpms.adapters.dicom.deidentify;
