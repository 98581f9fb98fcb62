/**
 * Panel chats in {@code chat_message}: append-only rows, each belonging to one stored panel and numbered by its
 * position in the panel's chat ({@code chat_channel} holds each panel's last position), read by position from the
 * {@code (panel_id, panel_position)} index and handed out oldest first; and the chat signals between nodes
 * ({@link org.opencpms.adapters.persistence.chat.PostgresChatSignals}: PostgreSQL's {@code LISTEN/NOTIFY}, the one
 * place that uses the driver's own types).
 */
package org.opencpms.adapters.persistence.chat;
