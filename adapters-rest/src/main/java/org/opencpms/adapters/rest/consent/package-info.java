/** REST resource and JSON of consents: as given, as recorded (with withdrawal and version), and their withdrawal. */
package org.opencpms.adapters.rest.consent;
