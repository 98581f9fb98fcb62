/**
 * Crash durability, end to end: a server started as a process ({@link org.opencpms.e2e.process.ServerProcess}) is
 * killed with SIGKILL while two clients write, restarted on the same data, and must still hold every write it had
 * acknowledged, with an intact audit chain. Runs on the embedded H2 default and on PostgreSQL.
 */
package org.opencpms.e2e.crash;
