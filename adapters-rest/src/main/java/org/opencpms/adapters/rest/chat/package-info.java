/**
 * The chat endpoints under {@code /api/panels/{id}/chat}: reading the history page by page ({@code before} a
 * position), posting a message, and following the chat live as Server-Sent Events ({@code /stream}, resumable with
 * {@code Last-Event-ID}). Only the JSON records of this package travel; who may read and post is the domain's decision.
 */
package org.opencpms.adapters.rest.chat;
