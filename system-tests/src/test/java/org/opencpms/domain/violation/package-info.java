/**
 * Deliberately broken classes, one per architecture rule, used only by
 * {@code ArchitectureRulesDetectViolationsTest} to prove each rule catches its breach. They are test
 * classes, so {@code ArchitectureTest} never imports them.
 */
package org.opencpms.domain.violation;
