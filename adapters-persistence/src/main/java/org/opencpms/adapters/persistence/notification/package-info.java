/**
 * The record of delivered notifications in {@code notification}: insert-only rows, the in-app inbox
 * read newest first from the {@code (recipient_id, notified_at, seq)} index.
 */
package org.opencpms.adapters.persistence.notification;
