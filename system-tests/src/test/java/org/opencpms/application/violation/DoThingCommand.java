package org.opencpms.application.violation;

/** Breaks: commands are records. */
public class DoThingCommand {
    String what;
}
