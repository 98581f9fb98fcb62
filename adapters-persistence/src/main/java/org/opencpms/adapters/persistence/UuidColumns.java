package org.opencpms.adapters.persistence;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps every {@link UUID} attribute of an entity to a {@code UUID} column as a {@code UUID}, nulls
 * included. EclipseLink 4.0.9's own {@code UUIDConverter} fails on a null column value (a
 * {@code NullPointerException} when reading) and binds a null as a {@code VARCHAR} null, which
 * PostgreSQL refuses for a {@code UUID} column. Put {@code @Customizer(UuidColumns.class)} on every
 * entity with a {@code UUID} attribute.
 */
public final class UuidColumns implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof DirectToFieldMapping direct && isUuid(descriptor, direct)) {
                direct.setConverter(new PassThrough());
                direct.setFieldClassification(UUID.class);
                direct.getField().setSqlType(Types.OTHER);
            }
        }
    }

    private static boolean isUuid(ClassDescriptor descriptor, DirectToFieldMapping mapping) {
        try {
            return descriptor.getJavaClass().getDeclaredField(mapping.getAttributeName()).getType() == UUID.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** A UUID as it is, a null as null; a UUID the driver hands back as text is parsed. */
    private static final class PassThrough implements Converter {

        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue;
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            return dataValue == null || dataValue instanceof UUID ? dataValue : UUID.fromString(dataValue.toString());
        }

        @Override
        public boolean isMutable() {
            return false;
        }

        @Override
        public void initialize(DatabaseMapping mapping, Session session) {
            // nothing to prepare: the mapping is configured by the customizer
        }
    }
}
