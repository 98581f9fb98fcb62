/** REST resource of the anonymised research data set, for researchers. */
package org.opencpms.adapters.rest.research;
