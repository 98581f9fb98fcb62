package org.opencpms.adapters.rest.notification;

import jakarta.validation.constraints.NotNull;

/** Whether the notification is read ({@code true}) or unread ({@code false}). */
public record ReadStateRequest(@NotNull Boolean read) {
}
