/**
 * The shared kernel of the OpenCPMS domain.
 *
 * <p>It holds what every aggregate package speaks: the {@link org.opencpms.domain.shared.DomainException}
 * family with its four kinds ({@code NotFound}, {@code RuleViolation}, {@code Conflict},
 * {@code Forbidden}) and their stable codes, the {@link org.opencpms.domain.shared.DomainEvent}
 * contract with the {@link org.opencpms.domain.shared.DomainEvents} port, and the identifiers by
 * which aggregates refer to one another ({@code UserId}, {@code PatientId}, {@code PanelId},
 * {@code ProviderId}), and the opaque text form of a list cursor ({@link org.opencpms.domain.shared.CursorTokens}).
 *
 * <p>The identifiers live here rather than beside their aggregate because aggregates refer to each
 * other only by id, in both directions (a guest's role grant names a panel, a panel names its
 * members): keeping the ids in the kernel keeps the aggregate packages free of cycles.
 *
 * <p>Invariants: ids are never null and never blank; an exception's code is a stable,
 * lower-case, dot-separated token that clients may rely on.
 */
package org.opencpms.domain.shared;
