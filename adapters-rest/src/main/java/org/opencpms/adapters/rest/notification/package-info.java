/** REST resource of the caller's in-app notification inbox. */
package org.opencpms.adapters.rest.notification;
