/**
 * The C-STORE and C-ECHO service class provider on PixelMed's association layer. Invariants: only a known calling
 * AE title calling our AE title gets an association; every C-STORE is answered with the status of its reception
 * (PixelMed's own handler would always answer success); stopping leaves no thread or connection behind.
 */
package org.opencpms.adapters.dicom.scp;
