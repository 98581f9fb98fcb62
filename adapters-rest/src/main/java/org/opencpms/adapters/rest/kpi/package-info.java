/** REST resource of the KPI and activity report, for coordinators. */
package org.opencpms.adapters.rest.kpi;
