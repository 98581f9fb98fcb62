/**
 * The OpenAPI document served at {@code /openapi}, finished after WildFly's SmallRye OpenAPI has read the resources'
 * annotations ({@link org.opencpms.adapters.rest.openapi.ApiDocumentFilter}, named by {@code mp.openapi.filter} in
 * {@code META-INF/microprofile-config.properties}).
 *
 * <p>Invariants, each checked by a test on the document as WildFly builds it: every enum-valued field and parameter
 * lists exactly the values of its domain enum, as they travel ({@link org.opencpms.adapters.rest.openapi.WireEnums});
 * every operation documents every status it can answer ({@link org.opencpms.adapters.rest.openapi.StandardResponses}
 * adds those that follow from the kind of request; resources annotate the ones only they give), each error with the
 * {@code application/problem+json} body; every operation has a stable unique {@code operationId}
 * ({@code <ResourceClass>_<method>}); the document validates with a standard OpenAPI 3 parser and a client generated
 * from it compiles.
 */
package org.opencpms.adapters.rest.openapi;
