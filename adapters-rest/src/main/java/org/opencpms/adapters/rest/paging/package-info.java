/**
 * Paging of every list of the REST API: the query parameters {@code limit} (1 to 500, default 50), {@code after}
 * (keyset lists) and {@code offset} (other lists), and the {@link org.opencpms.adapters.rest.paging.PageJson} body
 * {@code { items, next }} with its {@code Link rel="next"} header.
 */
package org.opencpms.adapters.rest.paging;
