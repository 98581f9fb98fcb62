/**
 * Panel chats in {@code chat_message}: append-only rows, each belonging to one stored panel, read
 * newest first from the {@code (panel_id, posted_at, seq)} index and handed out oldest first.
 */
package org.opencpms.adapters.persistence.chat;
