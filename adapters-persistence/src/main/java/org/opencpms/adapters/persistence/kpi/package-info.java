/**
 * The KPI read model: SQL projections over the panel, participant, user and grant tables that never
 * load a panel's document and never touch patient data.
 */
package org.opencpms.adapters.persistence.kpi;
