/**
 * HTTP mechanics shared by the resources: the {@code If-Match}/{@code ETag} optimistic-concurrency contract
 * ({@link org.opencpms.adapters.rest.http.IfMatch}; replacing writes must carry If-Match:
 * {@link org.opencpms.adapters.rest.http.ReplacingWritesRequireIfMatch}) and the body of a {@code 201 Created} that has nothing richer to
 * return ({@link org.opencpms.adapters.rest.http.IdJson}).
 */
package org.opencpms.adapters.rest.http;
