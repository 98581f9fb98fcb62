/**
 * Bundles posted to the FHIR base: transactions (all or nothing in one JTA transaction) and batches (entry by entry),
 * every entry done by the resource provider that serves the same interaction on its own.
 *
 * <p>Invariants: an entry goes through the same use cases, access policy and audit as the interaction alone; a
 * transaction stores every entry or none; every refusal names the entry it is about.
 */
package org.opencpms.adapters.fhir.bundle;
