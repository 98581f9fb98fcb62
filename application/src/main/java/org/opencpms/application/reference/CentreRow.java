package org.opencpms.application.reference;

/**
 * One row of a centre list as an operator imports it (the public ERN member lists have this shape): a centre by
 * {@code name} and EU/EEA {@code country} code, the {@code ern} (by code, {@code ERKNet}, or name, {@code ERKNET})
 * it belongs to and its {@code membership} type ({@code FULL_MEMBER}, {@code AFFILIATED_PARTNER},
 * {@code ASSOCIATED_PARTNER}). Fields are the text as read; {@link ImportCentres} checks every one.
 *
 * @param line the row's line in the file, for the report
 */
public record CentreRow(int line, String name, String country, String ern, String membership) {
}
