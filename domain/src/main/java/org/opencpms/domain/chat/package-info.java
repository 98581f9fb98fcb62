/**
 * The chat of a panel, pushed live to its connected participants.
 *
 * <p>Invariants: only the panel's lead and members post ({@code chat.not-a-participant}), and only
 * while the panel is active: in panel selection, assessment or sign-off ({@code chat.panel-not-active});
 * messages are never edited or removed; a message belongs to exactly one panel.
 */
package org.opencpms.domain.chat;
