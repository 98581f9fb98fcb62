/**
 * The chat of a panel: posting a message, reading the history page by page, and following it live.
 *
 * <p>Invariants kept here: who may post and when is decided by
 * {@link org.opencpms.domain.chat.ChatMessage#post}; who may read by the
 * {@link org.opencpms.domain.access.AccessPolicy} (a deleted panel's chat is not found); every post
 * publishes {@link org.opencpms.domain.chat.ChatMessagePosted}; posts, reads and follows are audited with the panel's
 * patient. The live push is the {@link org.opencpms.application.chat.ChatFeed} port: it pushes what
 * {@link org.opencpms.application.chat.ChatUpdates} reads from the store (so that a message posted on one node reaches
 * clients connected to another), to the listeners {@link org.opencpms.application.chat.FollowChat} let in.
 */
package org.opencpms.application.chat;
