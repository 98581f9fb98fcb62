/**
 * The chat of a panel, pushed live to its connected participants.
 *
 * <p>Invariants: only the panel's lead and members post, and only while the panel is active
 * (panel selection, assessment or sign-off); messages are never edited or removed; a message
 * belongs to exactly one panel.
 */
package org.opencpms.domain.chat;
