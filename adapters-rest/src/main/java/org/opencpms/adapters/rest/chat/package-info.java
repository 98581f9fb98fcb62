/**
 * The chat endpoints under {@code /api/panels/{id}/chat}: reading the latest messages and posting one. Only the JSON
 * records of this package travel; who may read and post is the domain's decision.
 */
package org.opencpms.adapters.rest.chat;
