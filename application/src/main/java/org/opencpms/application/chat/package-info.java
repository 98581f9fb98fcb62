/**
 * The chat of a panel: posting a message and reading the latest ones.
 *
 * <p>Invariants kept here: who may post and when is decided by
 * {@link org.opencpms.domain.chat.ChatMessage#post}; who may read by the
 * {@link org.opencpms.domain.access.AccessPolicy} (a deleted panel's chat is not found); every post
 * publishes {@link org.opencpms.domain.chat.ChatMessagePosted} for the live push; posts and reads are
 * audited with the panel's patient.
 */
package org.opencpms.application.chat;
