/**
 * Where de-identified instance files are kept: {@link org.opencpms.adapters.dicom.storage.FileSystemInstanceFiles},
 * a content-addressed store on the file system behind the {@link org.opencpms.domain.imaging.InstanceFiles} port
 * (no PixelMed here: an object store could replace it). Invariant: a file is at its address only once it is
 * complete and synced to disk.
 */
package org.opencpms.adapters.dicom.storage;
