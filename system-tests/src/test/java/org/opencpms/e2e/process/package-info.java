/**
 * The built WildFly with the built EAR as an operating-system process under a test's control, for end-to-end
 * tests that Arquillian's one managed server cannot express: several nodes at once, a server killed with SIGKILL
 * and restarted on the same data. {@link org.opencpms.e2e.process.ServerProcess} is the entry point; each server
 * has its own {@code jboss.server.base.dir}, data directory and port offset, so that it runs beside the
 * Arquillian server of the same test run.
 */
package org.opencpms.e2e.process;
